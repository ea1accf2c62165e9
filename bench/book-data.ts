// The book data set shared by the books and heavy-work benchmarks: a fresh PostgreSQL database
// with 300 approved, consented letters of about 610 words (ten clients, so that per-person rate
// limits do not shape a load run), made through the order state machine, and a collection of the
// first 1, 50, 150 and 300 of them.
import { eq } from "drizzle-orm";
import postgres from "postgres";
import type { Actor } from "@/lib/auth/permissions";
import { createCollection } from "@/lib/books/create-collection";
import { getDb, type Db } from "@/lib/db/client";
import { demoLetterText } from "@/lib/db/demo-letter-text";
import { migratePostgres } from "@/lib/db/migrate";
import { prepareJobQueues } from "@/lib/jobs/job-queue";
import { collections, consents } from "@/lib/db/schema";
import { createOrderThrough, createRecipient, createUser, DEMO_PASSWORD, exampleBrief } from "@/lib/db/seed";

export const BOOK_SIZES = [1, 50, 150, 300];
const CLIENTS = 10;
const OCCASIONS = ["birthday", "thanks", "love", "anniversary", "condolence", "congratulations"] as const;
const NAMES = ["Margaret Bennett", "Ana María Castillo", "Tom Okoye", "Sam Whitfield", "Łukasz Nowak", "Zoë Hart", "Grace Liu", "Henry Adeyemi"];

export type BookData = {
  db: Db;
  admin: Actor;
  /** Every client's email (password DEMO_PASSWORD) and their approved orders, oldest first. */
  clients: { email: string; orderIds: string[] }[];
  /** Collection id by number of letters. */
  collectionIds: Map<number, string>;
};

export function bookDatabaseUrl(): string {
  return process.env.BENCH_BOOKS_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/bhl_bench_books";
}

export async function seedBookDatabase(url: string): Promise<BookData> {
  const name = new URL(url).pathname.slice(1);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  await migratePostgres(url);
  process.env.DATABASE_URL = url;
  const db = await getDb();
  await prepareJobQueues(db); // orders send their notifications through the job queue

  const staff = (role: "writer" | "editor" | "admin") => createUser(db, { email: `${role}@bench.example`, name: `Bench ${role}`, role, password: DEMO_PASSWORD });
  const [writer, editor, adminUser] = [await staff("writer"), await staff("editor"), await staff("admin")];
  const clients = [];
  for (let c = 0; c < CLIENTS; c++) {
    const email = `client${c}@bench.example`;
    const client = await createUser(db, { email, name: `Bench client ${c}`, role: "client", password: DEMO_PASSWORD });
    const recipients = [];
    for (const recipientName of NAMES) recipients.push(await createRecipient(db, client, { name: recipientName, relationship: "Friend", country: "GB" }));
    clients.push({ client, email, recipients, orderIds: [] as string[] });
  }

  const orderIds: string[] = [];
  for (let i = 0; i < Math.max(...BOOK_SIZES); i++) {
    const owner = clients[i % CLIENTS];
    const recipient = owner.recipients[i % NAMES.length];
    const text = demoLetterText(`book-bench-${i}`, recipient.name.split(" ")[0], "Clara");
    const brief = exampleBrief(recipient.id, { occasion: OCCASIONS[i % OCCASIONS.length] });
    const steps = ["pay", "claim", { save: text }, "submit_for_review", "send_to_client", "approve"] as const;
    const order = await createOrderThrough(db, { client: owner.client, writer, editor, admin: adminUser }, brief, steps);
    await db.insert(consents).values({ orderId: order.id, clientId: owner.client.id });
    orderIds.push(order.id);
    owner.orderIds.push(order.id);
  }

  const collectionIds = new Map<number, string>();
  for (const size of BOOK_SIZES) {
    const collection = await createCollection(db, adminUser, { title: "Letters from Your Life", subtitle: `${size} letters`, orderIds: orderIds.slice(0, size) });
    const blurb = "Letters written by hand for the people who matter most: birthdays, thanks, love and farewells, collected with their writers' consent.";
    // One letter alone is far under a paperback's 24 pages: a foreword makes it a book a printer takes.
    const foreword = size === 1 ? demoLetterText("foreword", "reader", "Ada", 9000) : "";
    await db.update(collections).set({ blurb, foreword }).where(eq(collections.id, collection.id));
    collectionIds.set(size, collection.id);
  }
  return { db, admin: adminUser, clients: clients.map(({ email, orderIds }) => ({ email, orderIds })), collectionIds };
}
