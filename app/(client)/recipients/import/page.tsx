import type { Metadata } from "next";
import Link from "next/link";
import { RecipientImportForm } from "@/components/client/recipient-import-form";
import { requirePageActor } from "@/lib/auth/session";
import { importRecipientsFromCsv } from "../actions";

export const metadata: Metadata = { title: "Import recipients" };

export default async function ImportRecipientsPage() {
  await requirePageActor(["client"]);
  return (
    <div className="narrow">
      <div className="page-head">
        <div>
          <h1>Import recipients</h1>
          <p className="lede">Bring your address book from a spreadsheet: save it as CSV and choose the file here.</p>
        </div>
        <Link href="/recipients">Back to the address book</Link>
      </div>
      <RecipientImportForm action={importRecipientsFromCsv} />
    </div>
  );
}
