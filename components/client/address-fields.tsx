import { Field } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

export type AddressValues = { addressLine1: string; addressLine2: string; city: string; region: string; postalCode: string; country: string };

/** The postal address fields, in the order people write them; the country is a list, so it is always a code we know. */
export function AddressFields({ state, initial, countries }: { state: ActionState<unknown>; initial: AddressValues; countries: { code: string; name: string }[] }) {
  const text = (name: keyof AddressValues, label: string, autoComplete: string) => (
    <Field name={name} label={label} state={state} initial={initial[name]}>
      {(p) => <input type="text" autoComplete={autoComplete} {...p} />}
    </Field>
  );
  return (
    <>
      {text("addressLine1", "Address line 1", "address-line1")}
      {text("addressLine2", "Address line 2", "address-line2")}
      <div className="grid grid-2">
        {text("city", "City", "address-level2")}
        {text("region", "State / region", "address-level1")}
      </div>
      <div className="grid grid-2">
        {text("postalCode", "Postal code", "postal-code")}
        <Field name="country" label="Country" state={state} initial={initial.country}>
          {(p) => (
            <select autoComplete="country" {...p}>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
