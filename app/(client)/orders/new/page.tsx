import type { Metadata } from "next";
import { BriefForm } from "@/components/brief/brief-form";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { varietyForCountry } from "@/lib/orders/variety-for-country";
import { hasPostalAddress } from "@/lib/recipients/has-postal-address";
import { listRecipientChoices } from "@/lib/recipients/list-recipients";
import { submitBrief } from "./actions";

export const metadata: Metadata = { title: "A new letter" };

export default async function NewOrderPage({ searchParams }: { searchParams: Promise<{ recipient?: string }> }) {
  const actor = await requirePageActor(["client"]);
  const recipients = await listRecipientChoices(await getDb(), actor);
  const requested = (await searchParams).recipient;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>A new letter</h1>
          <p className="lede">
            Tell us who it is for and what you would like to say. Your writer turns it into a letter; you read it before it is sent.
          </p>
        </div>
      </div>
      <BriefForm
        action={submitBrief}
        storageKey={`bhl.brief-draft.${actor.id}`}
        preselectRecipientId={recipients.some((r) => r.id === requested) ? requested : undefined}
        recipients={recipients.map((r) => ({
          id: r.id,
          name: r.name,
          relationship: r.relationship,
          hasAddress: hasPostalAddress(r),
          country: r.country,
          variety: varietyForCountry(r.country),
        }))}
      />
    </>
  );
}
