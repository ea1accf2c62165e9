import type { Metadata } from "next";
import Link from "next/link";
import { LostPage } from "@/components/lost-page";

export const metadata: Metadata = { title: "Page not found" };

/** Not found, and not allowed, look the same: a calm page with ways back. */
export default function NotFound() {
  return (
    <LostPage
      mark="✉"
      heading="This page could not be found"
      actions={
        <>
          <Link className="button primary" href="/">
            Go to the home page
          </Link>
          <Link className="button" href="/contact">
            Contact us
          </Link>
        </>
      }
    >
      The address may be mistyped, or the page is not yours to see. Nothing has been lost on our side.
    </LostPage>
  );
}
