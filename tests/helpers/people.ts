import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { createRecipient, createUser, exampleBrief } from "@/lib/db/seed";
import type { Brief } from "@/lib/orders/brief";
import type { Role } from "@/lib/db/schema";

const unique = () => randomBytes(4).toString("hex");

export function makeUser(db: Db, role: Role, name = `${role} ${unique()}`) {
  return createUser(db, { email: `${role}-${unique()}@test.example`, name, role, password: "correct horse" });
}

/** A client, two writers, an editor and an admin, and one recipient of the client's. */
export async function makeCast(db: Db) {
  const [client, otherClient, writer, otherWriter, editor, admin] = await Promise.all([
    makeUser(db, "client"),
    makeUser(db, "client"),
    makeUser(db, "writer"),
    makeUser(db, "writer"),
    makeUser(db, "editor"),
    makeUser(db, "admin"),
  ]);
  const recipient = await createRecipient(db, client, {
    name: "Margaret Bennett",
    relationship: "Mother",
    addressLine1: "14 Willow Lane",
    city: "Portland",
    country: "US",
  });
  const brief = (overrides: Partial<Brief> = {}) => exampleBrief(recipient.id, overrides);
  return { client, otherClient, writer, otherWriter, editor, admin, recipient, brief };
}
