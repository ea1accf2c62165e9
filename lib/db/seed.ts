// Demo accounts and example orders, built with the same factories the tests use and taken
// through the real state machine, so every timeline is genuine. Running it twice changes nothing.
import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { saveVersion } from "@/lib/letters/save-version";
import type { Brief } from "@/lib/orders/brief";
import { placeOrder } from "@/lib/orders/place-order";
import { applyTransition, type OrderEvent } from "@/lib/orders/state-machine";
import { recordOfflinePayment } from "@/lib/payments/record-offline-payment";
import type { Db } from "./client";
import { demoLetterText } from "./demo-letter-text";
import { consents, recipients, users, type Recipient, type Role } from "./schema";

export const DEMO_PASSWORD = "letters-demo";

export const demoAccounts = [
  { email: "client@example.com", name: "Clara Bennett", role: "client" },
  { email: "writer@example.com", name: "Wren Ashdown", role: "writer" },
  { email: "writer2@example.com", name: "Milo Hart", role: "writer" },
  { email: "editor@example.com", name: "Esme Clarke", role: "editor" },
  { email: "admin@example.com", name: "Ada Fairfax", role: "admin" },
] as const satisfies readonly { email: string; name: string; role: Role }[];

export async function createUser(
  db: Db,
  input: { email: string; name: string; role: Role; password?: string },
): Promise<Actor> {
  const [user] = await db
    .insert(users)
    .values({
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password ?? DEMO_PASSWORD),
      emailVerifiedAt: new Date(), // made by the seed or an admin, not through sign-up
    })
    .returning();
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

export async function createRecipient(
  db: Db,
  client: Actor,
  input: Partial<Omit<Recipient, "id" | "clientId" | "createdAt" | "updatedAt">> & { name: string },
): Promise<Recipient> {
  const [recipient] = await db.insert(recipients).values({ ...input, clientId: client.id }).returning();
  return recipient;
}

export function exampleBrief(recipientId: string, overrides: Partial<Brief> = {}): Brief {
  return {
    recipientId,
    occasion: "birthday",
    relationship: "My mother",
    tone: "Warm",
    toneNote: "",
    length: "letter",
    memories: ["Teaching me to swim in the lake at Grandpa's cabin", "Her lemon cake every Sunday"],
    mustInclude: "",
    mustAvoid: "",
    signOff: "With all my love, Clara",
    englishVariety: "en-US",
    deadline: null,
    delivery: "pdf",
    handwritingStyle: "caveat",
    inkColour: "navy",
    stationery: "cream",
    paper: null,
    dateLine: false,
    ...overrides,
  };
}

/** Places, pays and walks an order through the given events, each as the right person. */
export async function createOrderThrough(
  db: Db,
  people: { client: Actor; writer: Actor; editor: Actor; admin: Actor },
  brief: Brief,
  steps: readonly (OrderEvent | { save: string })[],
) {
  const order = await placeOrder(db, people.client, brief);
  for (const step of steps) {
    if (typeof step === "object") {
      const latest = await db.query.letterVersions.findFirst({
        where: (v, { eq }) => eq(v.orderId, order.id),
        orderBy: (v, { desc }) => desc(v.number),
      });
      await saveVersion(db, people.writer, order.id, { body: step.save, baseNumber: latest?.number ?? 0 });
    } else if (step === "pay") {
      await recordOfflinePayment(db, people.client, order.id);
    } else {
      const actor =
        step === "claim" || step === "submit_for_review"
          ? people.writer
          : step === "approve" || step === "request_revision"
            ? people.client
            : step === "send_to_client" || step === "return_to_writer"
              ? people.editor
              : people.admin;
      await applyTransition(db, actor, order.id, step);
    }
  }
  return order;
}

const birthdayLetter = `Dear Mum,

Happy birthday! I have been thinking about the summer you taught me to swim in the lake at Grandpa's cabin. You stood waist-deep in that cold water for an hour, promising you would not let go, and then you did, and I swam.

I still can't bake your lemon cake the way you do, but every Sunday I try.

With all my love, Clara`;

const thanksLetter = `Dear Tom,

Thank you for driving through the snow to help us move. You carried the piano as if it were a chair and then refused the pizza we bought you.

We owe you a dinner, and many more than one.

Gratefully, Clara`;

const loveLetter = `My dearest Sam,

Ten years ago you missed the last train home and we walked across the city until the bakeries opened. I knew then.

Every morning since has been a little like that walk: slow, surprising, and better with you.

Yours, always, Clara`;

/** Seeds the demo data once; returns false when it was already there. */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAccounts[0].email));
  if (existing.length > 0) return false;

  const [client, writer, writer2, editor, admin] = await Promise.all(demoAccounts.map((a) => createUser(db, a)));
  void writer2; // seeded so the admin can reassign, and the pool has a second pair of hands
  const people = { client, writer, editor, admin };
  const mum = await createRecipient(db, client, {
    name: "Margaret Bennett",
    relationship: "Mother",
    addressLine1: "14 Willow Lane",
    city: "Portland",
    region: "OR",
    postalCode: "97205",
    country: "US",
    birthday: "1958-03-14",
    notes: "Loves lemon cake and the lake.",
  });
  const tom = await createRecipient(db, client, { name: "Tom Okafor", relationship: "Friend", country: "GB" });
  const sam = await createRecipient(db, client, {
    name: "Sam Bennett",
    relationship: "Husband",
    addressLine1: "2 Harbour Street",
    city: "Portland",
    region: "OR",
    postalCode: "97209",
    country: "US",
  });

  await createOrderThrough(db, people, exampleBrief(mum.id, { occasion: "anniversary", memories: ["Their wedding in the rain"] }), []);
  await createOrderThrough(db, people, exampleBrief(mum.id), ["pay"]);
  await createOrderThrough(db, people, exampleBrief(mum.id, { delivery: "mail" }), ["pay", "claim", { save: birthdayLetter }]);
  await createOrderThrough(
    db,
    people,
    exampleBrief(tom.id, { occasion: "thanks", relationship: "Old friend", memories: ["Moving the piano in the snow"], signOff: "Gratefully, Clara", englishVariety: "en-GB" }),
    ["pay", "claim", { save: thanksLetter }, "submit_for_review", "send_to_client"],
  );
  for (const delivered of [false, true]) {
    const order = await createOrderThrough(
      db,
      people,
      exampleBrief(sam.id, { occasion: "love", relationship: "Husband", tone: "Tender", memories: ["Walking across the city until the bakeries opened"], signOff: "Yours, always, Clara", delivery: delivered ? "mail" : "pdf" }),
      ["pay", "claim", { save: loveLetter }, "submit_for_review", "send_to_client", "approve", ...(delivered ? (["mark_printed", "mark_mailed"] as const) : [])],
    );
    await db.insert(consents).values({ orderId: order.id, clientId: client.id });
  }
  await seedBookLetters(db, people);
  return true;
}

// Approved letters whose client agreed to publication, enough for the demo book to reach the
// printers' 24 pages: names from several languages, as a real collection has.
const bookRecipients = [
  { name: "Ana María López", relationship: "Grandmother", occasion: "birthday" },
  { name: "Łucja Nowak", relationship: "Teacher", occasion: "thanks" },
  { name: "Søren Madsen", relationship: "Brother", occasion: "congratulations" },
  { name: "Zoë Hartley", relationship: "Daughter", occasion: "birthday" },
  { name: "José Ferreira", relationship: "Neighbour", occasion: "thanks" },
  { name: "Chloé Martin", relationship: "Best friend", occasion: "anniversary" },
  { name: "Björn Lindqvist", relationship: "Father", occasion: "condolence" },
  { name: "Ngọc Anh Trần", relationship: "Mentor", occasion: "thanks" },
] as const;

async function seedBookLetters(db: Db, people: { client: Actor; writer: Actor; editor: Actor; admin: Actor }) {
  for (const [i, r] of bookRecipients.entries()) {
    const recipient = await createRecipient(db, people.client, { name: r.name, relationship: r.relationship, country: "GB" });
    const given = r.name.split(" ").slice(0, -1).join(" ");
    const text = demoLetterText(`demo-book-${i}`, given, "Clara", 650 + ((i * 137) % 400));
    const order = await createOrderThrough(
      db,
      people,
      exampleBrief(recipient.id, { occasion: r.occasion, relationship: r.relationship, memories: ["The summers we shared"], englishVariety: "en-GB" }),
      ["pay", "claim", { save: text }, "submit_for_review", "send_to_client", "approve"],
    );
    await db.insert(consents).values({ orderId: order.id, clientId: people.client.id });
  }
}
