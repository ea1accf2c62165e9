// Every server action and route handler, found from the files under app/, called by people who
// have no business with another client's records (another client, a writer not on the order) with
// that client's ids. Nothing of the victim's may change and no secret may come back. A new action
// or route is probed without being listed here, so one that forgets its check fails CI.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { eq, inArray, or } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { auditLog, comments, consents, letterVersions, orders, payments, recipients, recurringLetters, users } from "@/lib/db/schema";
import { createOrderThrough, createRecipient } from "@/lib/db/seed";
import { appRoutes } from "../helpers/app-routes";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.200" }) }));

const SECRET = "Zanzibar-7731";

type Action = (state: null, form: FormData) => Promise<unknown>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function files(pattern: RegExp): string[] {
  return readdirSync(path.resolve("app"), { recursive: true, encoding: "utf8" }).filter((f) => pattern.test(f));
}

async function victimWorld(db: Db) {
  const cast = await makeCast(db);
  const secretRecipient = await createRecipient(db, cast.client, { name: `Aunt ${SECRET}`, relationship: "Aunt", addressLine1: `${SECRET} Road`, city: "Leeds", country: "GB" });
  const brief = cast.brief({ memories: [`The ${SECRET} summer`] });
  const withClient = await createOrderThrough(db, cast, brief, ["pay", "claim", { save: `Dear Mum, ${SECRET}` }, "submit_for_review", "send_to_client"]);
  const draft = await createOrderThrough(db, cast, { ...brief, recipientId: secretRecipient.id }, []);
  return { cast, orderIds: [withClient.id, draft.id], recipientIds: [cast.recipient.id, secretRecipient.id] };
}

async function snapshot(db: Db, world: Awaited<ReturnType<typeof victimWorld>>) {
  const { orderIds, recipientIds, cast } = world;
  return JSON.stringify([
    await db.select().from(orders).where(inArray(orders.id, orderIds)),
    await db.select().from(letterVersions).where(inArray(letterVersions.orderId, orderIds)),
    await db.select().from(comments).where(inArray(comments.orderId, orderIds)),
    await db.select().from(payments).where(inArray(payments.orderId, orderIds)),
    await db.select().from(consents).where(inArray(consents.orderId, orderIds)),
    await db.select().from(recipients).where(inArray(recipients.id, recipientIds)),
    await db.select().from(recurringLetters).where(eq(recurringLetters.clientId, cast.client.id)),
    await db.select().from(users).where(eq(users.id, cast.client.id)),
    await db.select({ id: auditLog.id }).from(auditLog).where(or(inArray(auditLog.entityId, orderIds), eq(auditLog.entityId, cast.client.id))),
  ]);
}

/** Plausible values for the fields actions ask for; ids point at the victim's records. */
function fieldValues(ids: { orderId: string; recipientId: string; versionId?: string }): Record<string, string> {
  return {
    orderId: ids.orderId,
    id: ids.orderId,
    recipientId: ids.recipientId,
    versionId: ids.versionId ?? randomUUID(),
    fromVersionId: ids.versionId ?? randomUUID(),
    toVersionId: ids.versionId ?? randomUUID(),
    sessionId: randomUUID(),
    requestId: randomUUID(),
    body: `Probe ${SECRET.length}`,
    text: "Probe",
    note: "Probe",
    comment: "Probe",
    reason: "Probe",
    quote: "Dear",
    start: "0",
    end: "4",
    baseNumber: "1",
    number: "1",
    name: "Probe",
    relationship: "Friend",
    amount: "1.00",
    consent: "on",
    date: "2030-01-01",
    nextDate: "2030-01-01",
  };
}

/** Calls an action as the signed-in stranger, dropping fields its strict schema does not know. */
async function probeAction(action: Action, values: Record<string, string>): Promise<unknown> {
  let fields = { ...values };
  for (let round = 0; round < 4; round++) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    let result: unknown;
    try {
      result = await action(null, form);
    } catch (error) {
      return { threw: String((error as { digest?: string }).digest ?? (error as Error).message) };
    }
    const unknown = JSON.stringify((result as { fieldErrors?: { form?: string[] } })?.fieldErrors?.form ?? []).match(/Unrecognized keys?: ([^\]]+)/);
    if (!unknown) return result;
    const names = [...unknown[1].matchAll(/\\"([^\\"]+)\\"/g)].map((m) => m[1]);
    if (names.length === 0) return result;
    fields = Object.fromEntries(Object.entries(fields).filter(([key]) => !names.includes(key)));
  }
  return null;
}

describeWithDatabase("cross-tenant probes over every action and route", (ctx) => {
  it("no action lets another client or an unassigned writer change or read a client's records", async () => {
    const world = await victimWorld(ctx.db);
    const [version] = await ctx.db.select({ id: letterVersions.id }).from(letterVersions).where(eq(letterVersions.orderId, world.orderIds[0]));
    const before = await snapshot(ctx.db, world);
    const strangers: Actor[] = [world.cast.otherClient, world.cast.otherWriter];
    const actionFiles = files(/(^|\/)[\w-]*actions\.ts$/);
    expect(actionFiles.length).toBeGreaterThan(15);
    let probes = 0;
    const leaks: string[] = [];
    for (const file of actionFiles) {
      const mod = (await import(`@/app/${file}`)) as Record<string, unknown>;
      for (const [name, action] of Object.entries(mod)) {
        if (typeof action !== "function") continue;
        for (const stranger of strangers) {
          for (const [i, orderId] of world.orderIds.entries()) {
            await signInAs(ctx.db, stranger);
            const result = await probeAction(action as Action, fieldValues({ orderId, recipientId: world.recipientIds[i], versionId: version.id }));
            probes++;
            if (JSON.stringify(result ?? null).includes(SECRET)) leaks.push(`${file} ${name} as ${stranger.role}`);
            const after = await snapshot(ctx.db, world);
            if (after !== before) leaks.push(`${file} ${name} as ${stranger.role} changed the victim's records`);
            expect(leaks, `${file} ${name}`).toEqual([]);
          }
        }
      }
    }
    expect(probes).toBeGreaterThan(100);
  }, 240_000);

  it("no route handler gives another client or an unassigned writer a client's records", async () => {
    const world = await victimWorld(ctx.db);
    const before = await snapshot(ctx.db, world);
    const routes = appRoutes().filter((r) => r.kind === "route" && !r.path.startsWith("/api/auth/"));
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      const mod = (await import(`@/app/${route.file}`)) as Record<string, unknown>;
      const paramNames = [...route.file.matchAll(/\[([^\].]+)\]/g)].map((m) => m[1]);
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = mod[method] as Handler | undefined;
        if (!handler) continue;
        for (const stranger of [world.cast.otherClient, world.cast.otherWriter]) {
          for (const orderId of world.orderIds) {
            await signInAs(ctx.db, stranger);
            const params = Object.fromEntries(paramNames.map((p) => [p, p === "kind" ? "pdf" : orderId]));
            const body = method === "GET" ? undefined : JSON.stringify({ ...fieldValues({ orderId, recipientId: world.recipientIds[0] }), key: "spelling:x", word: "Probe", mode: "draft" });
            const res = await handler(new Request(`http://test${route.path}`, { method, body, headers: { "content-type": "application/json" } }), { params: Promise.resolve(params) });
            const text = res.body ? await res.text() : "";
            const where = `${method} ${route.path} as ${stranger.role} (${res.status})`;
            expect(text.includes(SECRET), where).toBe(false);
            expect([200, 400, 401, 403, 404, 405, 429], where).toContain(res.status);
          }
        }
      }
    }
    expect(await snapshot(ctx.db, world)).toBe(before);
  }, 240_000);
});
