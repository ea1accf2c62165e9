"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changeEmailSchema, requestEmailChange } from "@/lib/accounts/change-email";
import { changePassword, changePasswordSchema } from "@/lib/accounts/change-password";
import { setEmailNotifications } from "@/lib/accounts/set-email-notifications";
import { setReturnAddress } from "@/lib/accounts/set-return-address";
import { setStaffNotifications } from "@/lib/accounts/set-staff-notifications";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import {
  confirmTwoStepSchema,
  confirmTwoStepSetup,
  renewRecoveryCodes,
  startTwoStepSetup,
  turnOffTwoStep,
  twoStepChangeSchema,
} from "@/lib/accounts/two-step-sign-in";
import { formAction } from "@/lib/auth/action";
import { everyRole, staffRoles } from "@/lib/auth/permissions";
import { requestAddress } from "@/lib/auth/request-address";
import { endSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { deleteAccountSchema, deleteClientAccount } from "@/lib/privacy/delete-client-account";
import { appUrl } from "@/lib/env";
import { addressSchema } from "@/lib/recipients/recipient-schema";
import { notificationChannels, staffNotificationKinds } from "@/lib/notifications/staff-kinds";

// The account's own security may be used by an admin who must still set up two-step sign-in.
const setup = { twoStepSetup: true };

export const saveNotificationSettings = formAction(
  ["client"],
  z.strictObject({ emailNotifications: z.literal("on").optional() }),
  async (input, actor) => {
    const enabled = await setEmailNotifications(await getDb(), actor, input.emailNotifications === "on");
    revalidatePath("/account");
    return { ok: true as const, message: enabled ? "We will email you about your letters." : "We will not email you about your letters." };
  },
);

const notificationKey = z.enum(
  Object.keys(staffNotificationKinds).flatMap((kind) => Object.keys(notificationChannels).map((channel) => `${kind}.${channel}`)) as [string, ...string[]],
);

export const saveStaffNotifications = formAction(
  staffRoles,
  z.strictObject({ keep: z.union([notificationKey, z.array(notificationKey)]).optional() }),
  async (input, actor) => {
    const off = await setStaffNotifications(await getDb(), actor, [input.keep ?? []].flat());
    revalidatePath("/account");
    return { ok: true as const, message: off.length === 0 ? "You will hear about everything below." : "Saved: you will not hear about what you unticked." };
  },
);

export const changePasswordAction = formAction(everyRole, changePasswordSchema, async (input, actor) => {
  await changePassword(await getDb(), actor, input, await requestAddress());
  revalidatePath("/account");
  return { ok: true as const, message: "Your password is changed. Every other device was signed out." };
}, setup);

export const changeEmailAction = formAction(everyRole, changeEmailSchema, async (input, actor) => {
  const message = await requestEmailChange(await getDb(), actor, input, appUrl(), await requestAddress());
  return { ok: true as const, message };
});

export const endSessionAction = formAction(everyRole, z.strictObject({ sessionId: z.uuid("That session could not be found.") }), async (input, actor) => {
  // Scoped to the actor's own sessions inside endSession's query.
  await endSession(await getDb(), actor.id, input.sessionId);
  revalidatePath("/account");
  return { ok: true as const, message: "That device was signed out." };
});

export const signOutEverywhereAction = formAction(everyRole, z.strictObject({}), async (_input, actor) => {
  await signOutEverywhere(await getDb(), actor);
  redirect("/sign-in?signedOut=everywhere");
}, setup);

export const deleteAccountAction = formAction(["client"], deleteAccountSchema, async (input, actor) => {
  await deleteClientAccount(await getDb(), actor, input, await requestAddress());
  redirect("/sign-in?deleted=1");
});

export const saveReturnAddress = formAction(["client"], addressSchema, async (input, actor) => {
  const saved = await setReturnAddress(await getDb(), actor, input);
  revalidatePath("/account");
  return { ok: true as const, message: saved ? "Your return address will be written on your envelopes." : "Your envelopes will carry no return address." };
});

export const startTwoStepAction = formAction(staffRoles, z.strictObject({}), async (_input, actor) => {
  await startTwoStepSetup(await getDb(), actor);
  revalidatePath("/account");
  return { ok: true as const };
}, setup);

export const confirmTwoStepAction = formAction(staffRoles, confirmTwoStepSchema, async (input, actor) => {
  const codes = await confirmTwoStepSetup(await getDb(), actor, input);
  revalidatePath("/account");
  return { ok: true as const, data: codes };
}, setup);

export const turnOffTwoStepAction = formAction(staffRoles, twoStepChangeSchema, async (input, actor) => {
  await turnOffTwoStep(await getDb(), actor, input, await requestAddress());
  revalidatePath("/account");
  return { ok: true as const, message: "Two-step sign-in is off. Every other device was signed out." };
}, setup);

export const renewRecoveryCodesAction = formAction(staffRoles, twoStepChangeSchema, async (input, actor) => {
  const codes = await renewRecoveryCodes(await getDb(), actor, input, await requestAddress());
  revalidatePath("/account");
  return { ok: true as const, data: codes };
}, setup);
