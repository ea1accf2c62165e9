import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, orders, recipients, type Order } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { hasPostalAddress } from "@/lib/recipients/has-postal-address";
import type { Brief } from "./brief";
import { quote } from "./pricing";
import { varietyForCountry } from "./variety-for-country";

/** Creates an order from a validated brief, priced now; it waits for payment in `draft`. */
export async function placeOrder(db: DbOrTx, client: Actor, brief: Brief): Promise<Order> {
  return db.transaction(async (tx) => {
    const [recipient] = await tx
      .select()
      .from(recipients)
      .where(and(eq(recipients.id, brief.recipientId), eq(recipients.clientId, client.id)));
    if (!recipient) {
      throw new AppError("INVALID", "Choose one of your recipients.", { recipientId: ["Choose one of your recipients."] });
    }
    if (brief.delivery === "mail" && !hasPostalAddress(recipient)) {
      const message = `${recipient.name} has no postal address yet. Add one, or choose PDF delivery.`;
      throw new AppError("INVALID", message, { delivery: [message] });
    }
    const price = quote(brief);
    const [order] = await tx
      .insert(orders)
      .values({
        ...brief,
        englishVariety: brief.englishVariety ?? varietyForCountry(recipient.country),
        clientId: client.id,
        priceCents: price.totalCents,
        currency: price.currency,
      })
      .returning();
    await tx.insert(auditLog).values({
      actorId: client.id,
      actorRole: client.role,
      action: "order.place",
      entityType: "order",
      entityId: order.id,
      toStatus: order.status,
      detail: { priceCents: order.priceCents },
    });
    return order;
  });
}
