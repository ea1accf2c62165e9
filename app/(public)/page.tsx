import Link from "next/link";
import { redirect } from "next/navigation";
import { occasionExamples } from "@/components/landing/occasion-examples";
import { PriceCards } from "@/components/landing/price-cards";
import { getActor, homeFor } from "@/lib/auth/session";
import { SAMPLE_LETTER, sampleLetterSvg } from "@/lib/landing/sample-letter";
import { occasions } from "@/lib/orders/catalogue";
import { daysInPost, STEP_DAYS } from "@/lib/orders/expected-dates";

export default async function Home() {
  const actor = await getActor();
  if (actor) redirect(homeFor(actor.role));
  const [postSoonest, postLatest] = daysInPost("US");
  return (
    <div className="landing">
      <section className="hero-split" aria-labelledby="hero-heading">
        <div className="hero-copy">
          <p className="eyebrow">Personal letters, written for you</p>
          <h1 id="hero-heading">Letters worth keeping</h1>
          <p className="hero-lede">
            Tell us about the person, the occasion and the memories you share. A professional writer drafts your letter, an editor reads every
            word, and it arrives in ink on paper, in a hand that looks like a person took their time. Because one did.
          </p>
          <div className="row">
            <Link className="button primary" href="/sign-up">
              Start a letter
            </Link>
            <Link className="button" href="/pricing">
              See prices
            </Link>
          </div>
        </div>
        <figure className="sample-letter">
          {/* Rendered by the same engine that writes our clients' letters; the SVG itself is an image. */}
          <div className="sample-sheet" dangerouslySetInnerHTML={{ __html: sampleLetterSvg() }} />
          <figcaption>
            A letter from our studio, written out by our handwriting engine.{" "}
            <details className="sample-text">
              <summary>Read it as text</summary>
              <p className="sample-transcript">{SAMPLE_LETTER.body}</p>
            </details>
          </figcaption>
        </figure>
      </section>

      <section aria-labelledby="occasions-heading">
        <h2 id="occasions-heading">For the moments a message will not do</h2>
        <p className="lede">A brief takes a few minutes. These are the kind our clients write.</p>
        <ul className="grid grid-4 occasion-list plain-list">
          {occasionExamples.map((example) => (
            <li className="card occasion-card" key={example.occasion}>
              <h3>{occasions[example.occasion]}</h3>
              <dl className="brief-example">
                <dt>For</dt>
                <dd>{example.forWhom}</dd>
                <dt>Tone</dt>
                <dd>{example.tone}</dd>
                <dt>A memory</dt>
                <dd>{example.memory}</dd>
              </dl>
              <p className="occasion-opening">“{example.opening}”</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How it works</h2>
        <ol className="grid grid-4 how-steps plain-list">
          <li className="card">
            <h3>1. Your brief</h3>
            <p>Who it is for, the occasion, the tone, and the memories only the two of you share. Pick the handwriting, ink and paper.</p>
          </li>
          <li className="card">
            <h3>2. A writer, then an editor</h3>
            <p>
              A professional writer drafts it, usually within {STEP_DAYS.writing} days ({STEP_DAYS.rushWriting} for a rush), and our editor reads every
              word before you do.
            </p>
          </li>
          <li className="card">
            <h3>3. You read it in handwriting</h3>
            <p>Comment on any passage and ask for changes; two rounds are included. Nothing is sent until you approve.</p>
          </li>
          <li className="card">
            <h3>4. Posted, or yours as a PDF</h3>
            <p>
              We write it out on your stationery within {STEP_DAYS.printing} days and post it: {postSoonest}–{postLatest} days within the US. Or download
              the PDF the moment you approve.
            </p>
          </li>
        </ol>
      </section>

      <section aria-labelledby="prices-heading">
        <h2 id="prices-heading">Prices</h2>
        <p className="lede">One price per letter, shown before you pay.</p>
        <PriceCards headingLevel="h3" />
        <p>
          <Link className="button primary" href="/sign-up">
            Start a letter
          </Link>
        </p>
      </section>
    </div>
  );
}
