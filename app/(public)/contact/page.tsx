import type { Metadata } from "next";
import Link from "next/link";
import { contactAddress } from "@/lib/contact-address";

export const metadata: Metadata = { title: "Contact" };

export default function ContactPage() {
  const email = contactAddress();
  return (
    <article className="prose">
      <h1>Contact us</h1>
      <p className="lede">A person reads every message, usually within one working day.</p>
      <h2>Write to us</h2>
      <p>
        Email <a href={`mailto:${email}`}>{email}</a>. If it is about an order, the recipient&apos;s name and the date you ordered help us find it
        quickly.
      </p>
      <h2>About a letter in progress</h2>
      <p>
        Signed in, your order page shows where your letter is and when to expect it. To change a letter, comment on it and ask for changes when it
        is with you to read. A paid order can be cancelled by our team: write to us.
      </p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </article>
  );
}
