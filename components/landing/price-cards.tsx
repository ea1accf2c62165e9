import { formatMoney, priceList, RUSH_DAYS } from "@/lib/orders/pricing";

/** The price list from the pricing module: one card per length, and what posting and a rush add. */
export function PriceCards({ headingLevel: H = "h2" }: { headingLevel?: "h2" | "h3" }) {
  const prices = priceList();
  return (
    <>
      <div className="grid grid-3 price-cards">
        {prices.lengths.map((length) => (
          <div className="card price-card" key={length.key}>
            <H>{length.label}</H>
            <p className="muted">
              {length.minWords}–{length.maxWords} words
            </p>
            <p className="price">{formatMoney(length.cents, prices.currency)}</p>
            <p className="small muted">Delivered as a PDF, two rounds of changes included</p>
          </div>
        ))}
      </div>
      <ul className="price-extras">
        <li>Written out on stationery and posted: {formatMoney(prices.mailCents, prices.currency)} more.</li>
        <li>
          Needed within {RUSH_DAYS} days: {formatMoney(prices.rushCents, prices.currency)} more.
        </li>
        <li>A further round of changes: {formatMoney(prices.extraRevisionCents, prices.currency)}.</li>
      </ul>
    </>
  );
}
