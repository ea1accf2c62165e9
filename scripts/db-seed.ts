import { closeDb, getDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { seedDemo } from "@/lib/db/seed";

await prepareDatabase({ seed: false });
console.log((await seedDemo(await getDb())) ? "Seeded the demo data." : "Demo data already present; nothing changed.");
await closeDb();
