// The scale data set: years of a busy service, built in set-based SQL (generate_series) in a few
// statements, so 100,000 orders with their versions, comments, payments, emails and audit trail
// take a minute or two rather than hours of one-by-one inserts. Every row fits the real schema and
// the state machine's story: each order's audit trail walks the transitions up to its status.
// The demo accounts get the heavy lists: Clara (client@example.com) orders 1 in 200 letters,
// Wren (writer@example.com) has the given number of letters in hand, and the pool is full.
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";

export type ScaleOptions = {
  orders: number;
  /** Paid letters nobody has claimed yet. */
  pool: number;
  /** Letters Wren is working on (assigned … revision requested). */
  writerActive: number;
  /** Clara orders one letter in this many. */
  claraEvery: number;
};

export const FULL_SCALE: ScaleOptions = { orders: 100_000, pool: 2_000, writerActive: 300, claraEvery: 200 };

const firstNames = ["Ada", "Ben", "Cora", "Dev", "Elsa", "Finn", "Gita", "Hugo", "Iris", "Jon", "Kemi", "Liam", "Maya", "Noor", "Otto", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vera", "Wes", "Yara", "Zoe"];
const lastNames = ["Abbott", "Baker", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan", "Larsen", "Moreau", "Nakamura", "Okafor", "Patel", "Quinlan", "Rossi", "Silva", "Tanaka", "Usman", "Vargas", "Walsh", "Xu", "Young"];

const sentences = [
  "I have been thinking about the summer we spent at the lake, when the water was too cold and we swam anyway.",
  "You taught me that a kind word at the right moment can carry someone through a whole winter.",
  "Do you remember the night the power went out and we played cards by candlelight until the sun came up?",
  "Every time I bake bread I hear you telling me to be patient with the dough, and with myself.",
  "The garden you planted is still there, and the roses come back every June as if they were waiting for you.",
  "I do not say it often enough, but I am grateful for every phone call, every letter and every visit.",
  "When I moved to the city you sent me a map with all your favourite cafés circled in red ink.",
  "We laughed so hard at the wedding that the photographer gave up and simply waited for us to finish.",
  "There is a chair by the window where I sit with my tea and think about the people who made me who I am.",
  "You have always known when to speak and when to simply sit beside someone and let the quiet do its work.",
  "I hope this year brings you long walks, good books and the kind of mornings that feel like holidays.",
  "Thank you for believing in me before I had any reason to believe in myself.",
];

/** A few hundred words of a plausible letter; `n` varies the order of the sentences. */
function letterBody(n: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 5; p++) {
    const picked = [0, 1, 2, 3].map((s) => sentences[(n * 7 + p * 5 + s * 3) % sentences.length]);
    paragraphs.push(picked.join(" "));
  }
  return `Dear friend,\n\n${paragraphs.join("\n\n")}\n\nWith love`;
}

const textArray = (values: string[]) => sql.raw(`(array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}])`);

/**
 * Adds the scale data to a migrated database that already holds the demo accounts (seedDemo).
 */
export async function seedScaleData(db: Db, options: ScaleOptions = FULL_SCALE, log: (line: string) => void = () => {}) {
  // One transaction: the work tables are temporary (one connection), and a failure leaves nothing.
  await db.transaction((tx) => build(tx, options, log));
  // Statistics for the planner, and the visibility map that lets index-only scans skip the table.
  await db.execute(sql`vacuum analyze`);
}

async function build(db: Tx, options: ScaleOptions, log: (line: string) => void) {
  const { orders: total, pool, writerActive, claraEvery } = options;
  const clients = Math.max(10, Math.round(total / 5));
  const writers = Math.max(4, Math.round(total / 2500));
  // The most recent letters are still in progress, in bands by age: the pool, Wren's desk,
  // everyone else's desks, a few unpaid drafts, then the letters approved in the last days.
  const bands = [pool, writerActive, Math.round(total * 0.04), Math.round(total * 0.003), Math.round(total * 0.0025)];
  const [poolEnd, wrenEnd, othersEnd, draftsEnd, recent] = bands.map((_, n) => bands.slice(0, n + 1).reduce((a, b) => a + b, 0));
  const step = async (label: string, query: ReturnType<typeof sql>) => {
    const started = Date.now();
    await db.execute(query);
    log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  const [demo] = (await db.execute(sql`
    select (select id from users where email = 'client@example.com') as clara,
           (select id from users where email = 'writer@example.com') as wren,
           (select id from users where email = 'editor@example.com') as esme,
           (select id from users where email = 'admin@example.com') as ada,
           (select password_hash from users where email = 'client@example.com') as hash
  `).then(rowsOf)) as { clara: string; wren: string; esme: string; ada: string; hash: string }[];
  if (!demo?.clara) throw new Error("Seed the demo accounts first (seedDemo).");

  const first = textArray(firstNames);
  const last = textArray(lastNames);
  // Everyone shares the demo password's hash, so any account can be signed into for a look.
  await step(
    "users",
    sql`insert into users (email, name, role, password_hash, created_at)
        select 'client' || g || '@scale.example', ${first}[1 + g % 25] || ' ' || ${last}[1 + (g / 25) % 25], 'client'::role, ${demo.hash},
               now() - interval '4 years' + g * interval '1 minute'
        from generate_series(1, ${clients}::int) g
        union all
        select 'writer' || g || '@scale.example', ${first}[1 + (g * 3) % 25] || ' ' || ${last}[1 + (g * 7) % 25], 'writer'::role, ${demo.hash}, now() - interval '4 years'
        from generate_series(1, ${writers}::int) g`,
  );
  await step(
    "numbered people",
    sql`create temporary table scale_people as
        select row_number() over (partition by role order by email) as n, id, role from users where email like '%@scale.example'`,
  );
  // Three recipients per client; Clara gets forty, with addresses.
  await step(
    "recipients",
    sql`create temporary table scale_recipients as
        select c.n as client_n, r as k, c.id as client_id, gen_random_uuid() as id
        from scale_people c cross join generate_series(1, 3) r where c.role = 'client'
        union all
        select 0, r, ${demo.clara}::uuid, gen_random_uuid() from generate_series(1, 40) r`,
  );
  await db.execute(sql`
    insert into recipients (id, client_id, name, relationship, address_line1, city, postal_code, country, created_at)
    select id, client_id, ${first}[1 + (client_n + k * 11) % 25] || ' ' || ${last}[1 + (client_n * 3 + k) % 25],
           (array['Mother', 'Friend', 'Husband', 'Wife', 'Grandfather', 'Colleague'])[1 + (client_n + k) % 6],
           k || ' Willow Lane', 'Portland', '97205', 'US', now() - interval '4 years'
    from scale_recipients`);

  // One row per order with everything the other tables derive from: status, people and path.
  await step(
    "order plan",
    sql`create temporary table scale_orders as
        with numbered as (
          select g, abs(hashint4(g)) as h, ${total} - g as age,
                 g > ${total - recent} as is_recent, g - ${total - recent} as j
          from generate_series(1, ${total}::int) g
        )
        select g, h, gen_random_uuid() as id,
               now() - age * interval '15 minutes' - (h % 600) * interval '1 second' as created_at,
               case when g % ${claraEvery} = 7 then 0 else 1 + h % ${clients} end as client_n,
               1 + (h / 7) % 3 as recipient_k,
               case when (h / 13) % 10 < 3 then 'mail' else 'pdf' end::delivery as delivery,
               (h / 17) % 10 < 4 as revised,
               case
                 when is_recent and j <= ${poolEnd} then 'paid'
                 when is_recent and j <= ${wrenEnd} then (array['assigned','drafting','in_review','with_client','revision_requested'])[1 + j % 5]
                 when is_recent and j <= ${othersEnd} then (array['assigned','drafting','drafting','in_review','with_client','revision_requested'])[1 + j % 6]
                 when is_recent and j <= ${draftsEnd} then 'draft'
                 when is_recent then 'approved'
                 when h % 100 < 3 then 'draft'
                 when h % 100 < 5 then 'cancelled'
                 when h % 100 < 6 then 'refunded'
                 when (h / 13) % 10 < 3 then 'mailed'
                 else 'delivered'
               end::order_status as status,
               case
                 when is_recent and j <= ${poolEnd} then null
                 when is_recent and j <= ${wrenEnd} then 0
                 else 1 + (h / 19) % ${writers}
               end as writer_n
        from numbered`,
  );
  await db.execute(sql`update scale_orders set revised = true where status = 'revision_requested'`);
  await db.execute(sql`update scale_orders set writer_n = null where status in ('draft', 'cancelled')`);
  // The order's path through the state machine, as numbered steps; which ones an order took
  // depends on its status, whether the client asked for a revision, and how it is delivered.
  await step(
    "paths",
    sql`create temporary table scale_steps as
        select * from (values
          (1, 'order.place', null, 'draft', 'client'), (2, 'order.pay', 'draft', 'paid', 'system'),
          (3, 'order.claim', 'paid', 'assigned', 'writer'), (4, 'order.start_drafting', 'assigned', 'drafting', 'writer'),
          (5, 'order.submit_for_review', 'drafting', 'in_review', 'writer'), (6, 'order.send_to_client', 'in_review', 'with_client', 'editor'),
          (7, 'order.request_revision', 'with_client', 'revision_requested', 'client'), (8, 'order.start_drafting', 'revision_requested', 'drafting', 'writer'),
          (9, 'order.submit_for_review', 'drafting', 'in_review', 'writer'), (10, 'order.send_to_client', 'in_review', 'with_client', 'editor'),
          (11, 'order.approve', 'with_client', 'approved', 'client'), (12, 'order.mark_printed', 'approved', 'printed', 'admin'),
          (13, 'order.mark_mailed', 'printed', 'mailed', 'admin'), (14, 'order.mark_delivered', 'approved', 'delivered', 'admin'),
          (15, 'order.refund', 'delivered', 'refunded', 'admin'), (16, 'order.cancel', 'draft', 'cancelled', 'client')
        ) as s(n, action, from_status, to_status, actor)`,
  );
  await db.execute(sql`alter table scale_orders add column last_step int`);
  await db.execute(sql`
    update scale_orders set last_step = case status
      when 'draft' then 1 when 'paid' then 2 when 'assigned' then 3
      when 'drafting' then case when revised then 8 else 4 end
      when 'in_review' then case when revised then 9 else 5 end
      when 'with_client' then case when revised then 10 else 6 end
      when 'revision_requested' then 7 when 'approved' then 11 when 'printed' then 12
      when 'mailed' then 13 when 'delivered' then 14 when 'refunded' then 15 when 'cancelled' then 16 end`);
  await step(
    "order steps",
    sql`create temporary table scale_order_steps as
        select o.id as order_id, o.g, s.n, s.action, s.from_status, s.to_status, s.actor,
               o.created_at + least(interval '1 day', (now() - o.created_at) / 17) * s.n as at
        from scale_orders o join scale_steps s on
          case o.status
            when 'cancelled' then s.n in (1, 16)
            when 'refunded' then s.n <= 15 and s.n not in (12, 13) and (o.revised or s.n not between 7 and 10)
            else s.n <= o.last_step
              and (o.revised or s.n not between 7 and 10)
              and (case when o.delivery = 'mail' then s.n <> 14 else s.n not in (12, 13) end)
          end`,
  );
  await db.execute(sql`create index on scale_order_steps (order_id, n)`);
  await step(
    "orders",
    sql`insert into orders (id, client_id, recipient_id, status, occasion, relationship, tone, length, memories, sign_off,
                            deadline, delivery, price_cents, currency, writer_id, revision_rounds_used, created_at, updated_at, status_changed_at)
        select o.id, r.client_id, r.id, o.status,
               (array['anniversary','birthday','love','thanks','condolence','apology','congratulations','other'])[1 + o.h % 8]::occasion,
               'Old friend', 'Warm', (array['note','letter','letter','long_letter'])[1 + (o.h / 3) % 4]::letter_length,
               '["The summer at the lake", "Sunday lemon cake"]'::jsonb, 'With love',
               case when (o.h / 23) % 10 < 6 then null else (o.created_at + (7 + o.h % 24) * interval '1 day')::date end,
               o.delivery, case when o.delivery = 'mail' then 6400 else 5900 end, 'usd',
               case when o.writer_n = 0 then ${demo.wren}::uuid else w.id end,
               case when o.revised and o.last_step >= 7 then 1 else 0 end,
               o.created_at, coalesce(l.at, o.created_at), coalesce(l.at, o.created_at)
        from scale_orders o
        join scale_recipients r on r.client_n = o.client_n and r.k = case when o.client_n = 0 then 1 + o.h % 40 else o.recipient_k end
        left join scale_people w on w.role = 'writer' and w.n = o.writer_n
        left join lateral (select max(at) as at from scale_order_steps s where s.order_id = o.id) l on true`,
  );
  await step(
    "audit log",
    sql`insert into audit_log (actor_id, actor_role, action, entity_type, entity_id, from_status, to_status, created_at)
        select case s.actor when 'client' then o.client_id when 'writer' then o.writer_id when 'editor' then ${demo.esme}::uuid
                            when 'admin' then ${demo.ada}::uuid end,
               s.actor, s.action, 'order', s.order_id,
               s.from_status, s.to_status, s.at
        from scale_order_steps s join orders o on o.id = s.order_id
        order by s.at`,
  );
  // Versions: from the first draft on, two to seven saves per letter (more after a revision).
  const bodies = Array.from({ length: 16 }, (_, n) => letterBody(n));
  await step(
    "letter versions",
    sql`insert into letter_versions (order_id, number, body, author_kind, author_id, created_at)
        select o.id, v, (${textArray(bodies)})[1 + (so.h + v) % 16],
               case when v = 1 and so.h % 3 = 0 then 'ai' else 'writer' end::author_kind, o.writer_id,
               d.at + v * interval '10 minutes'
        from scale_orders so join orders o on o.id = so.id
        join scale_order_steps d on d.order_id = so.id and d.n = 4
        cross join generate_series(1, 2 + so.h % 4 + case when so.revised then 2 else 0 end) v`,
  );
  await step(
    "comments",
    sql`insert into comments (order_id, author_id, kind, body, created_at)
        select s.order_id, case when s.n = 7 then o.client_id else ${demo.esme}::uuid end,
               case when s.n = 7 then 'revision_request' else 'review_note' end::comment_kind,
               case when s.n = 7 then 'Could the second paragraph mention the lake house by name?'
                    else 'Lovely opening; tighten the middle paragraph a little.' end,
               s.at
        from scale_order_steps s join orders o on o.id = s.order_id
        where s.n = 7 or (s.n = 6 and abs(hashint4(s.g)) % 3 = 0)`,
  );
  await step(
    "payments",
    sql`insert into payments (order_id, provider, status, amount_cents, refunded_cents, currency, created_at, updated_at)
        select o.id, case when o.created_at < now() - interval '2 years' then 'offline' else 'stripe' end::payment_provider,
               case when o.status = 'refunded' then 'refunded' else 'succeeded' end::payment_status,
               o.price_cents, case when o.status = 'refunded' then o.price_cents else 0 end, o.currency, s.at, s.at
        from scale_order_steps s join orders o on o.id = s.order_id where s.n = 2`,
  );
  await step(
    "outbox",
    sql`insert into mail_outbox (to_address, subject, text, transport, sent_at, created_at)
        select u.email, case when s.n in (6, 10) then 'Your letter is ready to read' when s.n = 13 then 'Your letter is in the post'
                             else 'Your letter has been delivered' end,
               'Hello, there is news about your letter. Open it here: http://localhost:3000/orders/' || s.order_id,
               'outbox', s.at, s.at
        from scale_order_steps s join orders o on o.id = s.order_id join users u on u.id = o.client_id
        where s.n in (6, 10, 13, 14)`,
  );
  await step(
    "consents",
    sql`insert into consents (order_id, client_id, granted_at)
        select o.id, o.client_id, o.updated_at from orders o join scale_orders so on so.id = o.id
        where o.status in ('approved', 'printed', 'mailed', 'delivered') and so.h % 10 = 0`,
  );
  await db.execute(sql`drop table scale_order_steps, scale_steps, scale_orders, scale_recipients, scale_people`);
}

// postgres.js returns rows as an array, PGlite as { rows }.
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? []);
}
