/** The name a letter greets someone by: "Margaret Bennett" → "Margaret". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
