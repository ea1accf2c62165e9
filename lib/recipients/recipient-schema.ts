import { z } from "zod";
import { countryCodes, DEFAULT_COUNTRY } from "./countries";

const text = (max: number) => z.string().trim().max(max, `Please keep this under ${max} characters.`).default("");
const todayIso = () => new Date().toISOString().slice(0, 10);

const fields = z.strictObject({
    name: z.string("Tell us the recipient's name.").trim().min(1, "Tell us the recipient's name.").max(120, "Please keep the name under 120 characters."),
    relationship: text(120),
    addressLine1: text(200),
    addressLine2: text(200),
    city: text(120),
    region: text(120),
    postalCode: text(40),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .transform((v) => v || DEFAULT_COUNTRY)
      .pipe(z.enum(countryCodes, "Choose a country from the list."))
      .default(DEFAULT_COUNTRY),
    birthday: z
      .string()
      .trim()
      .transform((v) => v || null)
      .pipe(z.iso.date({ error: "Use a date like 1958-03-14.", abort: true }).refine((d) => d <= todayIso(), "The birthday is in the future.").nullable())
      .default(null),
    notes: text(2000),
});

// A partial address is worse than none: a letter could be printed and then not be mailable.
function checkAddress(r: Pick<z.output<typeof fields>, "addressLine1" | "addressLine2" | "city" | "region" | "postalCode">, ctx: z.RefinementCtx) {
  const anyAddress = r.addressLine2 || r.city || r.region || r.postalCode;
  if (anyAddress && !r.addressLine1) {
    ctx.addIssue({ code: "custom", path: ["addressLine1"], message: "Add the first line of the address, or clear the other address fields." });
  }
  if (r.addressLine1 && !r.city) {
    ctx.addIssue({ code: "custom", path: ["city"], message: "Add the city for this address." });
  }
}

/** A postal address alone (a client's return address), with the same rules as the address book's. */
export const addressSchema = fields.pick({ addressLine1: true, addressLine2: true, city: true, region: true, postalCode: true, country: true }).superRefine(checkAddress);

/** One entry of a client's address book, as typed in the form or read from a CSV row. */
export const recipientSchema = fields.superRefine(checkAddress);
export type RecipientInput = z.output<typeof recipientSchema>;

/** The form posts the same fields, plus which recipient is edited and where to go afterwards. */
export const recipientFormSchema = fields
  .extend({ recipientId: z.uuid().optional(), returnTo: z.literal("new-order").optional() })
  .superRefine(checkAddress);
