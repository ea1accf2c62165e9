// Every page and route handler under app/, as URL paths a test can request. Built from the files
// themselves, so a new page or route is covered by the tests that use this without being listed.
import { readdirSync } from "node:fs";
import path from "node:path";

export type AppRoute = { kind: "page" | "route"; file: string; path: string };

/** A value for each dynamic segment: a well-formed id nobody owns, so checks answer "not found". */
export const NOBODYS_ID = "00000000-0000-4000-8000-000000000000";

export function appRoutes(root = path.resolve("app")): AppRoute[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== "." && !/^\(.*\)$/.test(s)) // route groups are not in the URL
        .map((s) => (/^\[\.\.\..+\]$/.test(s) ? "session" : /^\[.+\]$/.test(s) ? NOBODYS_ID : s));
      return { kind: file.endsWith("route.ts") ? ("route" as const) : ("page" as const), file, path: `/${segments.join("/")}` };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
