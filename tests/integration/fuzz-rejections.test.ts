// Every rejection explained: odd input to the forms and routes people use gets the field's own
// message (or a specific one), never "Something went wrong", which is kept for real faults.
import { expect, it, vi } from "vitest";
import { changeEmailAction, changePasswordAction } from "@/app/(client)/account/actions";
import { importRecipientsFromCsv, saveRecipient } from "@/app/(client)/recipients/actions";
import { askForPasswordReset } from "@/app/(public)/forgot-password/actions";
import { createAccount } from "@/app/(public)/sign-up/actions";
import { POST as dismiss } from "@/app/api/proofread/dismiss/route";
import type { ActionState } from "@/lib/auth/action";
import { createOrderThrough } from "@/lib/db/seed";
import { NUL_IN_TEXT } from "@/lib/errors";
import { makeCast, makeUser } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250)}` }) }));

const oddValues = ["\0", "Nora\0Quinn", "x".repeat(20_000), "😀".repeat(40), "\ud800 lone half", "<script>alert(1)</script>", "   ", "\u202e reversed", "-1", "[]"];
const GENERIC = /Something went wrong/;

type Action = (state: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;
const forms: { name: string; action: Action; valid: Record<string, string> }[] = [
  { name: "sign-up", action: createAccount as Action, valid: { name: "Fuzz Person", email: "fuzz@example.com", password: "a long enough password" } },
  { name: "recipient", action: saveRecipient as Action, valid: { name: "Margaret", relationship: "Mother", addressLine1: "1 Lane", city: "Leeds", country: "GB", birthday: "1950-01-02", notes: "" } },
  { name: "recipient import", action: importRecipientsFromCsv as Action, valid: { csv: "Name,Relationship\nAda,Aunt\n" } },
  { name: "password change", action: changePasswordAction as Action, valid: { currentPassword: "wrong on purpose", newPassword: "a brand new password" } },
  { name: "email change", action: changeEmailAction as Action, valid: { newEmail: "fuzz-new@example.com", currentPassword: "wrong on purpose" } },
  { name: "password reset", action: askForPasswordReset as Action, valid: { email: "fuzz@example.com" } },
];

async function submit(action: Action, fields: Record<string, string>): Promise<ActionState<unknown>> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  try {
    return await action(null, form);
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return { ok: true };
    throw error;
  }
}

describeWithDatabase("every rejection explained", (ctx) => {
  it("answers odd input to each form with the field's message, never a generic one", async () => {
    await signInAs(ctx.db, await makeUser(ctx.db, "client"));
    const generic: string[] = [];
    let tried = 0;
    for (const form of forms) {
      for (const field of Object.keys(form.valid)) {
        for (const value of oddValues) {
          tried++;
          const result = await submit(form.action, { ...form.valid, [field]: value });
          if (result && !result.ok && GENERIC.test(result.error)) generic.push(`${form.name}.${field} = ${JSON.stringify(value.slice(0, 20))}`);
          if (value.includes("\0")) expect(result, `${form.name}.${field}`).toMatchObject({ ok: false, fieldErrors: { [field]: [NUL_IN_TEXT] } });
        }
      }
    }
    expect(tried).toBeGreaterThan(150);
    expect(generic).toEqual([]);
  }, 120_000);

  it("reads a CSV that arrives with a byte-order mark, and names the problem in a UTF-16 file read as bytes", async () => {
    await signInAs(ctx.db, await makeUser(ctx.db, "client"));
    const read = await submit(importRecipientsFromCsv as Action, { csv: "\uFEFFName,Relationship\nAda,Aunt\n" });
    expect(read).toMatchObject({ ok: true, data: { imported: 1 } });
    // What file.text() used to send for Excel's "Unicode text": every other character a NUL.
    const utf16AsUtf8 = "\uFFFD\uFFFDN\0a\0m\0e\0\n\0A\0d\0a\0";
    expect(await submit(importRecipientsFromCsv as Action, { csv: utf16AsUtf8 })).toMatchObject({ ok: false, fieldErrors: { csv: [NUL_IN_TEXT] } });
  });

  it("answers a NUL in a route's JSON with a 400 that says so, not a 500", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    await signInAs(ctx.db, cast.writer);
    const res = await dismiss(new Request("http://test/api/proofread/dismiss", { method: "POST", body: JSON.stringify({ orderId: order.id, key: "spelling:Sio\0bhan" }) }));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe(NUL_IN_TEXT);
  });
});
