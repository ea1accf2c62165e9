// The whole data model in one file; row types are inferred from it.
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const roleEnum = pgEnum("role", ["client", "writer", "editor", "admin"]);

export const orderStatusEnum = pgEnum("order_status", [
  "draft",
  "paid",
  "assigned",
  "drafting",
  "in_review",
  "with_client",
  "revision_requested",
  "approved",
  "printed",
  "mailed",
  "delivered",
  "cancelled",
  "refunded",
]);

export const occasionEnum = pgEnum("occasion", [
  "anniversary",
  "birthday",
  "love",
  "thanks",
  "condolence",
  "apology",
  "congratulations",
  "other",
]);

export const letterLengthEnum = pgEnum("letter_length", ["note", "letter", "long_letter"]);
export const englishVarietyEnum = pgEnum("english_variety", ["en-US", "en-GB", "en-CA", "en-AU"]);
export const deliveryEnum = pgEnum("delivery", ["mail", "pdf"]);
export const authorKindEnum = pgEnum("author_kind", ["writer", "ai", "editor", "system"]);
export const commentKindEnum = pgEnum("comment_kind", ["comment", "revision_request", "review_note"]);
export const paymentProviderEnum = pgEnum("payment_provider", ["stripe", "offline"]);
export const paymentStatusEnum = pgEnum("payment_status", [
  "pending",
  "succeeded",
  "failed",
  "refunded",
  "partially_refunded",
]);
export const exportStatusEnum = pgEnum("export_status", ["queued", "running", "done", "failed", "cancelled"]);

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(), // always stored lower-case
  name: text("name").notNull(),
  role: roleEnum("role").notNull().default("client"),
  passwordHash: text("password_hash").notNull(),
  // Set when the owner proved the address (the sign-up link, a password reset, an email change).
  // Until then the account cannot sign in, so a sign-up never tells anyone an address is taken.
  emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
  // Two-step sign-in for staff: the authenticator secret, sealed (lib/auth/totp.ts); on once
  // confirmed with a code. The step of the last code accepted, so no code works twice.
  totpSecret: text("totp_secret"),
  totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
  totpLastStep: integer("totp_last_step"),
  // Bumped on password, email or role change and "sign out everywhere": older sessions end.
  sessionVersion: integer("session_version").notNull().default(0),
  emailNotifications: boolean("email_notifications").notNull().default(true),
  // Staff notifications switched off, as "kind.channel" (e.g. "pool_order.email"); everything else is on.
  notificationsOff: jsonb("notifications_off").$type<string[]>().notNull().default([]),
  voiceNotes: text("voice_notes"), // a writer's notes on their own voice, used in AI prompts
  // A client's address, written as the return address on the envelopes of their mailed letters.
  returnAddress: jsonb("return_address").$type<PostalAddress>(),
  createdAt: createdAt(),
  // Staff by role and name (the writers an editor assigns to, who hears of staff news); clients are
  // most of the table and never looked up this way, so they stay out of the index.
}, (t) => [index("users_staff_idx").on(t.role, t.name).where(sql`${t.role} <> 'client'`)]);

/** A postal address as the address book keeps it (country: ISO 3166-1 alpha-2). */
export type PostalAddress = { addressLine1: string; addressLine2: string; city: string; region: string; postalCode: string; country: string };

// A print run: approved mail orders on one paper, printed together (letters, envelopes, batch sheet).
export const printBatches = pgTable(
  "print_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: serial("number").notNull().unique(), // "Batch 12" on the batch sheet
    paper: text("paper").notNull(),
    createdById: uuid("created_by_id").references(() => users.id),
    printedAt: timestamp("printed_at", { withTimezone: true }),
    createdAt: createdAt(),
    // The batch PDF, built by a background job (print-batch.render) and stored; null before one is asked for.
    pdfStatus: exportStatusEnum("pdf_status"),
    pdfProgress: integer("pdf_progress").notNull().default(0), // percent
    pdfFile: jsonb("pdf_file").$type<{ key: string; bytes: number }>(),
    pdfError: text("pdf_error"),
    pdfStartedAt: timestamp("pdf_started_at", { withTimezone: true }),
  },
  (t) => [index("print_batches_created_idx").on(t.createdAt, t.id)],
);

// rate-limiter-flexible's Drizzle store (RateLimiterDrizzle): one table shared by every app
// instance, on Postgres and PGlite alike. Keys are "<limit>:<subject>"; see lib/auth/rate-limit.ts.
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});

// One row per signed-in browser. The JWT names its row; signing out revokes the row, so a copied
// cookie stops working, and a row whose session version is behind the user's has ended too.
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionVersion: integer("session_version").notNull(),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.lastSeenAt)],
);

// Single-use codes for signing in without the authenticator; only their SHA-256 is kept.
export const totpRecoveryCodes = pgTable(
  "totp_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("totp_recovery_codes_user_code_idx").on(t.userId, t.codeHash)],
);

export const accountTokenPurposeEnum = pgEnum("account_token_purpose", ["password_reset", "email_change", "email_verification"]);

// Emailed single-use links. Only a SHA-256 of the token is kept, so a database reader cannot use one.
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurposeEnum("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    newEmail: text("new_email"), // for email_change: the address being confirmed
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

export const recipients = pgTable(
  "recipients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    relationship: text("relationship").notNull().default(""),
    addressLine1: text("address_line1").notNull().default(""),
    addressLine2: text("address_line2").notNull().default(""),
    city: text("city").notNull().default(""),
    region: text("region").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    country: text("country").notNull().default(""), // ISO 3166-1 alpha-2
    birthday: date("birthday"),
    notes: text("notes").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("recipients_client_name_idx").on(t.clientId, t.name, t.id)],
);

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => users.id),
    recipientId: uuid("recipient_id").references(() => recipients.id),
    status: orderStatusEnum("status").notNull().default("draft"),
    // The brief
    occasion: occasionEnum("occasion").notNull().default("other"),
    relationship: text("relationship").notNull().default(""),
    tone: text("tone").notNull().default(""),
    toneNote: text("tone_note").notNull().default(""),
    length: letterLengthEnum("length").notNull().default("letter"),
    memories: jsonb("memories").$type<string[]>().notNull().default([]),
    mustInclude: text("must_include").notNull().default(""),
    mustAvoid: text("must_avoid").notNull().default(""),
    signOff: text("sign_off").notNull().default(""),
    englishVariety: englishVarietyEnum("english_variety").notNull().default("en-US"),
    deadline: date("deadline"),
    // Delivery and look
    delivery: deliveryEnum("delivery").notNull().default("pdf"),
    handwritingStyle: text("handwriting_style").notNull().default("caveat"),
    inkColour: text("ink_colour").notNull().default("navy"),
    stationery: text("stationery").notNull().default("cream"),
    paper: text("paper"), // null: A4 or US Letter by the variety of English (lib/handwriting/paper)
    dateLine: boolean("date_line").notNull().default(false), // the date written above the greeting
    // Fulfilment of mailed letters
    printBatchId: uuid("print_batch_id").references(() => printBatches.id),
    trackingReference: text("tracking_reference"),
    // Money and work
    priceCents: integer("price_cents").notNull().default(0),
    currency: text("currency").notNull().default("usd"),
    writerId: uuid("writer_id").references(() => users.id),
    revisionRoundsIncluded: integer("revision_rounds_included").notNull().default(2),
    revisionRoundsUsed: integer("revision_rounds_used").notNull().default(0),
    aiShare: real("ai_share"), // share of the final letter's words written by AI, 0..1
    // When the order entered its current status (set by the state machine): "waiting since" in queues.
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Each list's equality filter, then its order, ending with the id (keyset pagination, lib/lists).
  (t) => [
    index("orders_created_idx").on(t.createdAt, t.id),
    index("orders_client_created_idx").on(t.clientId, t.createdAt, t.id),
    index("orders_writer_created_idx").on(t.writerId, t.createdAt, t.id),
    index("orders_status_created_idx").on(t.status, t.createdAt, t.id),
    index("orders_recipient_created_idx").on(t.recipientId, t.createdAt, t.id),
    // The desk: a writer's letters in hand, and the open pool, soonest deadline first (none last).
    index("orders_desk_idx")
      .on(t.writerId, sql`coalesce(${t.deadline}, 'infinity'::date)`, t.createdAt, t.id)
      .where(sql`${t.status} in ('assigned', 'drafting', 'in_review', 'with_client', 'revision_requested')`),
    index("orders_pool_idx")
      .on(sql`coalesce(${t.deadline}, 'infinity'::date)`, t.createdAt, t.id)
      .where(sql`${t.status} = 'paid' and ${t.writerId} is null`),
    // The review queue, longest-waiting first.
    index("orders_in_review_idx").on(t.statusChangedAt, t.id).where(sql`${t.status} = 'in_review'`),
    // The print queue (approved mail orders not yet in a batch) and a batch's letters in order.
    index("orders_print_queue_idx").on(t.createdAt, t.id).where(sql`${t.status} = 'approved' and ${t.delivery} = 'mail' and ${t.printBatchId} is null`),
    index("orders_print_batch_idx").on(t.printBatchId, t.createdAt, t.id),
    // Letters that may go into a book, most recently finished first.
    index("orders_publishable_idx").on(t.updatedAt, t.id).where(sql`${t.status} in ('approved', 'printed', 'mailed', 'delivered')`),
  ],
);

export const letterVersions = pgTable(
  "letter_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    number: integer("number").notNull(), // 1, 2, 3… per order; the highest is the current draft
    body: text("body").notNull(),
    authorKind: authorKindEnum("author_kind").notNull(),
    authorId: uuid("author_id").references(() => users.id),
    parentId: uuid("parent_id"),
    note: text("note").notNull().default(""), // e.g. "Restored from version 3"
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("letter_versions_order_number_uq").on(t.orderId, t.number)],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    versionId: uuid("version_id").references(() => letterVersions.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    kind: commentKindEnum("kind").notNull().default("comment"),
    body: text("body").notNull(),
    // Optional anchor: a passage of the version's text [anchorStart, anchorEnd) and the quoted words.
    anchorStart: integer("anchor_start"),
    anchorEnd: integer("anchor_end"),
    quote: text("quote"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("comments_order_idx").on(t.orderId)],
);

export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    provider: paymentProviderEnum("provider").notNull(),
    status: paymentStatusEnum("status").notNull().default("pending"),
    amountCents: integer("amount_cents").notNull(),
    refundedCents: integer("refunded_cents").notNull().default(0),
    currency: text("currency").notNull(),
    purpose: text("purpose").notNull().default("order"), // "order" or "extra_revision"
    stripeCheckoutSessionId: text("stripe_checkout_session_id").unique(),
    stripePaymentIntentId: text("stripe_payment_intent_id").unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("payments_order_idx").on(t.orderId),
    index("payments_created_idx").on(t.createdAt, t.id),
    index("payments_status_created_idx").on(t.status, t.createdAt, t.id),
  ],
);

export const refunds = pgTable("refunds", {
  id: uuid("id").primaryKey().defaultRandom(),
  paymentId: uuid("payment_id")
    .notNull()
    .references(() => payments.id),
  amountCents: integer("amount_cents").notNull(),
  stripeRefundId: text("stripe_refund_id").unique(),
  reason: text("reason").notNull().default(""),
  createdById: uuid("created_by_id").references(() => users.id),
  createdAt: createdAt(),
});

// Each Stripe event id is inserted in the same transaction as its effect: a redelivery changes nothing.
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => users.id),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("consents_order_idx").on(t.orderId)],
);

export const collections = pgTable("collections", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  subtitle: text("subtitle").notNull().default(""),
  // Front matter and print settings of the book (see lib/books/book-design.ts for trim sizes).
  credit: text("credit").notNull().default("The writers of Beautiful Handwritten Letters"),
  dedication: text("dedication").notNull().default(""),
  foreword: text("foreword").notNull().default(""),
  blurb: text("blurb").notNull().default(""),
  language: text("language").notNull().default("en-US"),
  trimSize: text("trim_size").notNull().default("6x9"),
  facsimiles: boolean("facsimiles").notNull().default(false),
  // Once sent to print a collection is frozen: withdrawn consents no longer remove its letters.
  publishedAt: timestamp("published_at", { withTimezone: true }),
  createdById: uuid("created_by_id").references(() => users.id),
  createdAt: createdAt(),
});

export const collectionItems = pgTable(
  "collection_items",
  {
    collectionId: uuid("collection_id")
      .notNull()
      .references(() => collections.id, { onDelete: "cascade" }),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    position: integer("position").notNull(),
    title: text("title").notNull().default(""),
    redactedText: text("redacted_text"), // null: use the approved letter as it is
    partId: uuid("part_id").references(() => collectionParts.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.collectionId, t.orderId] })],
);

export const exports = pgTable("exports", {
  id: uuid("id").primaryKey().defaultRandom(),
  collectionId: uuid("collection_id")
    .notNull()
    .references(() => collections.id, { onDelete: "cascade" }),
  status: exportStatusEnum("status").notNull().default("queued"),
  progress: integer("progress").notNull().default(0), // percent
  pageCount: integer("page_count"),
  error: text("error"),
  // The printer's checks on the real output, and the stored files (interior, cover, EPUB).
  preflight: jsonb("preflight").$type<ExportPreflight>(),
  files: jsonb("files").$type<ExportFiles>(),
  startedAt: timestamp("started_at", { withTimezone: true }),
  createdById: uuid("created_by_id").references(() => users.id),
  createdAt: createdAt(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

// Proofreading suggestions a writer dismissed stay dismissed for that letter.
export const dismissedSuggestions = pgTable(
  "dismissed_suggestions",
  {
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.key] })],
);

export const personalDictionary = pgTable(
  "personal_dictionary",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    word: text("word").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.word] })],
);

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    transport: text("transport").notNull(), // "smtp" or "outbox"
    sentAt: timestamp("sent_at", { withTimezone: true }),
    error: text("error"),
    // One effect, one email: a retried job sends with the same key and nothing goes out twice.
    idempotencyKey: text("idempotency_key"),
    createdAt: createdAt(),
  },
  (t) => [index("mail_outbox_created_idx").on(t.createdAt, t.id), uniqueIndex("mail_outbox_idempotency_key_uq").on(t.idempotencyKey)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    actorRole: text("actor_role").notNull(), // a role, or "system"
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    // The admin overview counts this week's order events by action: answered from the index alone
    // (action is a key column because drizzle-kit cannot write INCLUDE).
    index("audit_log_order_recent_idx").on(t.createdAt, t.action).where(sql`${t.entityType} = 'order'`),
  ],
);

// What a writer or editor is told in the app (the same news may also go by email).
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

export type User = typeof users.$inferSelect;
export type Recipient = typeof recipients.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type OrderStatus = (typeof orderStatusEnum.enumValues)[number];
export type Role = (typeof roleEnum.enumValues)[number];
export type LetterVersion = typeof letterVersions.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type Payment = typeof payments.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

// "Write to Mum again for her birthday every year": the next order's brief is prepared in
// advance from the source order, and the client is reminded before the date.
export const recurringLetters = pgTable(
  "recurring_letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => recipients.id, { onDelete: "cascade" }),
    sourceOrderId: uuid("source_order_id")
      .notNull()
      .references(() => orders.id),
    nextDate: date("next_date").notNull(), // the occasion's next date
    remindDaysBefore: integer("remind_days_before").notNull().default(21),
    preparedOrderId: uuid("prepared_order_id").references(() => orders.id), // the draft order made for nextDate
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("recurring_letters_client_idx").on(t.clientId), index("recurring_letters_next_idx").on(t.nextDate)],
);

export type RecurringLetter = typeof recurringLetters.$inferSelect;

// Books (lib/books): parts group a collection's letters under a part title page.
export const collectionParts = pgTable(
  "collection_parts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    collectionId: uuid("collection_id")
      .notNull()
      .references(() => collections.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
  },
  (t) => [index("collection_parts_collection_idx").on(t.collectionId)],
);

export type ExportFileKind = "interior" | "cover" | "epub";
export type ExportFiles = Partial<Record<ExportFileKind, { key: string; bytes: number }>>;
export type ExportPreflight = {
  trimSize: string;
  trim: { width: number; height: number };
  pages: number;
  spineWidth: number;
  spineText: boolean;
  insideMargin: number;
  /** Boxes read back from the finished PDFs, in points. */
  boxes: { interior: { trim: number[]; bleed: number[] }; cover: { trim: number[]; bleed: number[] } };
  fonts: { name: string; embedded: boolean; subset: boolean }[];
  uncovered: { title: string; characters: string[] }[];
  problems: string[];
};
export type Collection = typeof collections.$inferSelect;
export type BookExport = typeof exports.$inferSelect;
