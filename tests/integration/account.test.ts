import { expect, it, vi } from "vitest";
import { getAccountSettings } from "@/lib/accounts/get-account-settings";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

describeWithDatabase("account settings", (ctx) => {
  it("lets a client turn letter emails off and on, for themselves only", async () => {
    const cast = await makeCast(ctx.db);
    const { saveNotificationSettings } = await import("@/app/(client)/account/actions");
    expect(await getAccountSettings(ctx.db, cast.client)).toEqual({ name: cast.client.name, email: cast.client.email, emailNotifications: true, returnAddress: null, notificationsOff: [] });

    await signInAs(ctx.db, cast.client);
    // A user id smuggled into the form is refused, not obeyed.
    const smuggled = new FormData();
    smuggled.append("userId", cast.otherClient.id);
    expect(await saveNotificationSettings(null, smuggled)).toMatchObject({ ok: false });
    expect(await saveNotificationSettings(null, new FormData())).toMatchObject({ ok: true, message: "We will not email you about your letters." });
    expect((await getAccountSettings(ctx.db, cast.client)).emailNotifications).toBe(false);
    expect((await getAccountSettings(ctx.db, cast.otherClient)).emailNotifications).toBe(true);

    const on = new FormData();
    on.append("emailNotifications", "on");
    expect(await saveNotificationSettings(null, on)).toMatchObject({ ok: true });
    expect((await getAccountSettings(ctx.db, cast.client)).emailNotifications).toBe(true);

    await signInAs(ctx.db, cast.writer);
    expect(await saveNotificationSettings(null, new FormData())).toMatchObject({ ok: false, error: /could not be found/ });
    await signInAs(ctx.db, null);
    expect(await saveNotificationSettings(null, new FormData())).toMatchObject({ ok: false, error: "Please sign in again." });
  });

  it("keeps a client's return address for their envelopes, complete or not at all", async () => {
    const cast = await makeCast(ctx.db);
    const { saveReturnAddress } = await import("@/app/(client)/account/actions");
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.append(k, v);
      return data;
    };
    await signInAs(ctx.db, cast.client);
    expect(await saveReturnAddress(null, form({ city: "Lyon", country: "FR" }))).toMatchObject({ ok: false, fieldErrors: { addressLine1: [expect.any(String)] } });
    expect(await saveReturnAddress(null, form({ addressLine1: "3 Rue des Fleurs", city: "Lyon", postalCode: "69001", country: "FR" }))).toMatchObject({ ok: true });
    expect((await getAccountSettings(ctx.db, cast.client)).returnAddress).toEqual({ addressLine1: "3 Rue des Fleurs", addressLine2: "", city: "Lyon", region: "", postalCode: "69001", country: "FR" });
    expect(await saveReturnAddress(null, form({ addressLine1: "", country: "FR" }))).toMatchObject({ ok: true, message: "Your envelopes will carry no return address." });
    expect((await getAccountSettings(ctx.db, cast.client)).returnAddress).toBeNull();
    await signInAs(ctx.db, cast.writer);
    expect(await saveReturnAddress(null, form({ addressLine1: "1 Main St", city: "X", country: "US" }))).toMatchObject({ ok: false });
  });
});
