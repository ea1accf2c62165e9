import { closeDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";

await prepareDatabase({ seed: false });
await closeDb();
console.log("Migrations applied.");
