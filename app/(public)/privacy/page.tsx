import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Privacy" };

export default function PrivacyPage() {
  return (
    <article className="prose">
      <h1>Privacy</h1>
      <p className="lede">Letters are personal. We keep what we need to write and deliver yours, and nothing more.</p>
      <h2>What we keep</h2>
      <p>
        Your account (name, email, a password hash), your address book, your briefs and every version of your letters, and a record of payments
        (card details stay with Stripe and never reach us).
      </p>
      <h2>Who sees it</h2>
      <p>
        Only the writer assigned to your letter, our editors and our administrators. Writers see the briefs of letters they may take on, never your
        payment details. Letter text and addresses never appear in our logs or emails: emails carry a link to your order instead.
      </p>
      <h2>Publication</h2>
      <p>A letter appears in a printed collection only with your permission, given and withdrawn on the order page; names can be redacted.</p>
      <h2>Emails</h2>
      <p>We email you when your letter is ready to read and when it is posted or delivered. Turn these off on your account page.</p>
      <p>
        <Link href="/contact">Ask us what we hold about you</Link>
      </p>
    </article>
  );
}
