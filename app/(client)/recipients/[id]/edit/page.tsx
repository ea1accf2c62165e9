import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/client/or-not-found";
import { RecipientForm } from "@/components/client/recipient-form";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { countryOptions, DEFAULT_COUNTRY } from "@/lib/recipients/countries";
import { getRecipient } from "@/lib/recipients/get-recipient";
import { saveRecipient } from "../../actions";

export const metadata: Metadata = { title: "Edit recipient" };

export default async function EditRecipientPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor(["client"]);
  const recipient = await orNotFound(getRecipient(await getDb(), actor, (await params).id));
  return (
    <div className="narrow">
      <div className="page-head">
        <h1>Edit {recipient.name}</h1>
        <Link href={`/recipients/${recipient.id}`}>Back to {recipient.name}</Link>
      </div>
      <div className="card">
        <RecipientForm
          action={saveRecipient}
          countries={countryOptions()}
          recipientId={recipient.id}
          initial={{
            name: recipient.name,
            relationship: recipient.relationship,
            addressLine1: recipient.addressLine1,
            addressLine2: recipient.addressLine2,
            city: recipient.city,
            region: recipient.region,
            postalCode: recipient.postalCode,
            country: recipient.country || DEFAULT_COUNTRY,
            birthday: recipient.birthday ?? "",
            notes: recipient.notes,
          }}
        />
      </div>
    </div>
  );
}
