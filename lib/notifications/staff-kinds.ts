import type { Role } from "@/lib/db/schema";

/** What writers and editors can be told, who is told, and the words the account page uses. */
export const staffNotificationKinds = {
  pool_order: { roles: ["writer"], label: "A new letter enters the open pool" },
  client_comment: { roles: ["writer"], label: "A client comments on, or asks for changes to, a letter of yours" },
  review: { roles: ["editor", "admin"], label: "A letter, first draft or revision, is ready for review" },
} as const satisfies Record<string, { roles: readonly Role[]; label: string }>;

export type StaffNotificationKind = keyof typeof staffNotificationKinds;
export const notificationChannels = { email: "By email", app: "In the app" } as const;
export type NotificationChannel = keyof typeof notificationChannels;

/** The kinds a person in this role can receive (none for clients: their emails are set apart). */
export function kindsFor(role: Role): StaffNotificationKind[] {
  return (Object.keys(staffNotificationKinds) as StaffNotificationKind[]).filter((k) =>
    (staffNotificationKinds[k].roles as readonly Role[]).includes(role),
  );
}

/** Every kind and channel is on until the person switches it off. */
export const isOn = (off: readonly string[], kind: StaffNotificationKind, channel: NotificationChannel) => !off.includes(`${kind}.${channel}`);
