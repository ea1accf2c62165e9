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
    expect(await getAccountSettings(ctx.db, cast.client)).toEqual({ name: cast.client.name, email: cast.client.email, emailNotifications: true });

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
});
