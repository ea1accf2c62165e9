import { ExtraRevisionCard } from "@/components/client/extra-revision-card";
import type { Order } from "@/lib/db/schema";
import { serviceModes } from "@/lib/env";
import { EXTRA_REVISION_PRICE, formatMoney } from "@/lib/orders/pricing";
import { whyNoExtraRevision } from "@/lib/payments/why-no-extra-revision";
import { buyExtraRoundOffline, buyExtraRoundWithCard } from "./actions";

/** On the client's own order page: offers another round of changes once the included ones are used. */
export function ExtraRoundOffer({ order }: { order: Order }) {
  if (whyNoExtraRevision(order)) return null;
  const offline = serviceModes().payments === "offline";
  return (
    <ExtraRevisionCard
      orderId={order.id}
      price={formatMoney(EXTRA_REVISION_PRICE, order.currency)}
      offline={offline}
      action={offline ? buyExtraRoundOffline : buyExtraRoundWithCard}
    />
  );
}
