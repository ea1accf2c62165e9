"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import { AddressFields, type AddressValues } from "./address-fields";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  initial: AddressValues;
  countries: { code: string; name: string }[];
};

/** The client's return address, written by hand on the envelopes of their mailed letters. */
export function ReturnAddressForm<T>({ action, initial, countries }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const attempt = state && !state.ok ? JSON.stringify(state.values ?? {}) : "initial";
  return (
    <form className="form" action={formAction} key={attempt} noValidate>
      <FormMessage state={state} />
      <AddressFields state={state} initial={initial} countries={countries} />
      <button type="submit" className="button primary" disabled={pending}>
        Save return address
      </button>
    </form>
  );
}
