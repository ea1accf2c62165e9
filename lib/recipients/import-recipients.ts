import { eq } from "drizzle-orm";
import Papa from "papaparse";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { recipients } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { countryOptions } from "./countries";
import { recipientSchema, type RecipientInput } from "./recipient-schema";

export const MAX_IMPORT_ROWS = 500;

export type ImportReport = {
  imported: number;
  rejected: { line: number; name: string; reasons: string[] }[];
  ignoredColumns: string[];
};

// Column headings people actually use, reduced to letters and digits, mapped to our fields.
const columns: Record<string, keyof RecipientInput> = {
  name: "name",
  fullname: "name",
  relationship: "relationship",
  relation: "relationship",
  addressline1: "addressLine1",
  address1: "addressLine1",
  address: "addressLine1",
  street: "addressLine1",
  addressline2: "addressLine2",
  address2: "addressLine2",
  city: "city",
  town: "city",
  stateregion: "region",
  state: "region",
  region: "region",
  province: "region",
  county: "region",
  postalcode: "postalCode",
  postcode: "postalCode",
  zip: "postalCode",
  zipcode: "postalCode",
  country: "country",
  birthday: "birthday",
  birthdate: "birthday",
  dateofbirth: "birthday",
  notes: "notes",
  note: "notes",
};

const normalise = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]/g, "");
const identity = (r: { name: string; addressLine1: string }) => `${r.name.toLowerCase()}\n${r.addressLine1.toLowerCase()}`;

/**
 * Adds the valid rows of a CSV file to the client's address book, all at once, and says for every
 * other row why it was left out. Rows already in the address book (same name and first address
 * line) are left out too, so importing the same file twice adds nothing.
 */
export async function importRecipients(db: DbOrTx, client: Actor, csv: string): Promise<ImportReport> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const headings = parsed.meta.fields ?? [];
  const nameHeading = headings.find((h) => columns[normalise(h)] === "name");
  if (!nameHeading) {
    throw new AppError("INVALID", "The file needs a “Name” column in its first row.", { csv: ["The file needs a “Name” column in its first row."] });
  }
  if (parsed.data.length > MAX_IMPORT_ROWS) {
    throw new AppError("INVALID", `Please import at most ${MAX_IMPORT_ROWS} rows at a time.`, { csv: [`Please import at most ${MAX_IMPORT_ROWS} rows at a time.`] });
  }
  const countryByName = new Map(countryOptions().map((c) => [c.name.toLowerCase(), c.code]));
  const existing = await db
    .select({ name: recipients.name, addressLine1: recipients.addressLine1 })
    .from(recipients)
    .where(eq(recipients.clientId, client.id));
  const seen = new Set(existing.map(identity));

  const report: ImportReport = { imported: 0, rejected: [], ignoredColumns: headings.filter((h) => !columns[normalise(h)]) };
  const accepted: RecipientInput[] = [];
  // A row with more or fewer cells than the heading is ambiguous: leave it out rather than guess.
  const shapeErrors = new Map<number, string>();
  for (const error of parsed.errors) {
    if (typeof error.row !== "number") continue;
    const message =
      error.code === "TooFewFields"
        ? "This row has fewer cells than the heading row."
        : error.code === "TooManyFields"
          ? "This row has more cells than the heading row."
          : error.message;
    shapeErrors.set(error.row, message);
  }
  parsed.data.forEach((row, index) => {
    const line = index + 2; // the heading is line 1
    const shapeError = shapeErrors.get(index);
    if (shapeError) {
      report.rejected.push({ line, name: row[nameHeading]?.trim() ?? "", reasons: [shapeError] });
      return;
    }
    const input: Record<string, string> = {};
    for (const [heading, value] of Object.entries(row)) {
      const field = columns[normalise(heading)];
      if (field && typeof value === "string" && value.trim()) input[field] = value.trim();
    }
    if (input.country) input.country = countryByName.get(input.country.toLowerCase()) ?? input.country;
    const name = input.name ?? "";
    const result = recipientSchema.safeParse(input);
    if (!result.success) {
      report.rejected.push({ line, name, reasons: result.error.issues.map((i) => i.message) });
    } else if (seen.has(identity(result.data))) {
      report.rejected.push({ line, name, reasons: ["Already in your address book."] });
    } else {
      seen.add(identity(result.data));
      accepted.push(result.data);
    }
  });
  if (accepted.length > 0) {
    await db.insert(recipients).values(accepted.map((r) => ({ ...r, clientId: client.id })));
    report.imported = accepted.length;
  }
  return report;
}
