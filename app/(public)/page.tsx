import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor, homeFor } from "@/lib/auth/session";

export default async function Home() {
  const actor = await getActor();
  if (actor) redirect(homeFor(actor.role));
  return (
    <>
      <section className="hero">
        <h1>Letters worth keeping</h1>
        <p>
          Tell us about the person, the occasion and the memories you share. A professional writer drafts your letter,
          an editor polishes it, and it arrives in real-looking handwriting.
        </p>
        <div className="row" style={{ justifyContent: "center" }}>
          <Link className="button primary" href="/sign-in">
            Start a letter
          </Link>
          <Link className="button" href="/pricing">
            See pricing
          </Link>
        </div>
      </section>
      <section className="grid grid-3" aria-label="How it works">
        <div className="card">
          <h2>1. Your brief</h2>
          <p>Who it is for, the occasion, the tone, and the memories only the two of you share.</p>
        </div>
        <div className="card">
          <h2>2. A writer and an editor</h2>
          <p>A professional writes it with care; an editor reads every word before you do.</p>
        </div>
        <div className="card">
          <h2>3. In handwriting</h2>
          <p>Read it in ink on paper, ask for changes, approve, and we mail it or send a PDF.</p>
        </div>
      </section>
    </>
  );
}
