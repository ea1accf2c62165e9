/** A recipient can receive printed letters only with a complete postal address. */
export function hasPostalAddress(r: { addressLine1: string; city: string; country: string }): boolean {
  return !!(r.addressLine1 && r.city && r.country);
}
