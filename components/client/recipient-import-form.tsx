"use client";
import { useActionState, useState, type ChangeEvent } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import { decodeCsvBytes } from "@/lib/recipients/decode-csv";
import type { ImportReport } from "@/lib/recipients/import-recipients";

type Props = {
  action: (state: ActionState<ImportReport>, formData: FormData) => Promise<ActionState<ImportReport>>;
};

/** Reads the chosen CSV file in the browser (any common encoding) and sends its text; the server reports row by row. */
export function RecipientImportForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [csv, setCsv] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const report = state?.ok ? state.data : undefined;
  const errors = [fileError, ...(state && !state.ok ? (state.fieldErrors?.csv ?? []) : [])].filter(Boolean);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    setCsv("");
    if (!file) return;
    if (file.size > 1_000_000) {
      setFileError("That file is larger than 1 MB: please split it.");
      return;
    }
    // Read the bytes, not file.text(): that assumes UTF-8 and garbles Excel's UTF-16 "Unicode text".
    setCsv(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
  }

  return (
    <div className="stack">
      <form action={formAction} className="form card">
        {state && !state.ok && <FormMessage state={state} />}
        <div className="field">
          <label htmlFor="csv-file">CSV file</label>
          <span className="hint" id="csv-file-hint">
            The first row names the columns: Name (required), Relationship, Address line 1, Address line 2, City, State / region, Postal
            code, Country (code or name), Birthday (YYYY-MM-DD), Notes.
          </span>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={readFile}
            aria-describedby={errors.length ? "csv-file-hint csv-file-error" : "csv-file-hint"}
            aria-invalid={errors.length > 0}
          />
          {errors.length > 0 && (
            <span className="field-error" id="csv-file-error">
              {errors.join(" ")}
            </span>
          )}
        </div>
        <input type="hidden" name="csv" value={csv} />
        <div>
          <button type="submit" className="button primary" disabled={pending || !csv}>
            Import recipients
          </button>
        </div>
      </form>

      {report && (
        <section className="card stack" aria-labelledby="report-heading" role="status">
          <h2 id="report-heading">Import report</h2>
          <p className="alert success">
            {report.imported === 1 ? "1 recipient was added" : `${report.imported} recipients were added`} to your address book.
          </p>
          {report.ignoredColumns.length > 0 && (
            <p className="muted small">Columns we did not recognise and left out: {report.ignoredColumns.join(", ")}.</p>
          )}
          {report.rejected.length > 0 && (
            <>
              <h3>{report.rejected.length === 1 ? "1 row was left out" : `${report.rejected.length} rows were left out`}</h3>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Name</th>
                      <th scope="col">Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rejected.map((r) => (
                      <tr key={r.line}>
                        <td>{r.line}</td>
                        <td>{r.name || <span className="muted">—</span>}</td>
                        <td>{r.reasons.join(" ")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
