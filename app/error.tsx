"use client";
import Link from "next/link";
import { LostPage } from "@/components/lost-page";

/** Something failed on our side: say so plainly, offer to try again, and a way home. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <LostPage
      mark="✒"
      heading="Something went wrong on our side"
      actions={
        <>
          <button type="button" className="button primary" onClick={reset}>
            Try again
          </button>
          <Link className="button" href="/">
            Go to the home page
          </Link>
          <Link className="button quiet" href="/contact">
            Contact us
          </Link>
        </>
      }
    >
      Your letters are safe. Please try again; if it keeps happening, tell us{error.digest ? ` the code ${error.digest}` : ""}.
    </LostPage>
  );
}
