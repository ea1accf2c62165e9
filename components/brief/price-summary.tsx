import { formatMoney, type Quote } from "@/lib/orders/pricing";

/** The price as it will be charged, line by line. */
export function PriceSummary({ quote }: { quote: Quote }) {
  return (
    <section className="price-summary" aria-labelledby="price-heading" aria-live="polite">
      <h2 id="price-heading">Price</h2>
      <table className="price-lines">
        <tbody>
          {quote.lines.map((line) => (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              <td>{formatMoney(line.cents, quote.currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{formatMoney(quote.totalCents, quote.currency)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
