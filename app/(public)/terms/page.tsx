import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Terms" };

export default function TermsPage() {
  return (
    <article className="prose">
      <h1>Terms of service</h1>
      <p className="lede">The short version: you tell us what to say, we write it with care, and nothing is sent until you approve it.</p>
      <h2>Your order</h2>
      <p>
        The price is shown before you pay and includes two rounds of changes. Further rounds can be bought from the order page. A letter is written
        from your brief; we do not write letters meant to deceive, threaten or harass.
      </p>
      <h2>Approval and delivery</h2>
      <p>
        Approving a letter sends it to be written out and posted, or delivers it as a PDF. After that it cannot be changed. Expected dates are our
        honest estimate from the steps still to come and the post to the recipient&apos;s country; the post itself is outside our control.
      </p>
      <h2>Cancelling and refunds</h2>
      <p>
        An unpaid order can be cancelled from its page. A paid order can be cancelled by our team before writing starts, with a full refund. If a
        letter is not what you asked for, write to us: refunds are made to the card you paid with.
      </p>
      <h2>Your words</h2>
      <p>
        The letter is yours. We publish a letter in a collection only if you allow it on the order page, and you can withdraw that permission at any
        time before the collection is printed.
      </p>
      <p>
        <Link href="/contact">Questions? Contact us</Link>
      </p>
    </article>
  );
}
