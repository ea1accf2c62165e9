import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/lib/db/schema";
import { AppError, inputErrorFromDatabase, nulFieldErrors } from "@/lib/errors";
import type { Actor } from "./permissions";
import { requireActor, type ActorOptions } from "./session";

/** What every form action returns: the form shows `error` and `fieldErrors`, and keeps `values`. */
export type ActionState<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> }
  | null;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // Passwords are never sent back to refill a form.
    if (typeof value === "string" && !key.startsWith("$ACTION") && !/password/i.test(key)) {
      // Repeated fields (a list of memories) come back joined by newlines.
      values[key] = key in values ? `${values[key]}\n${value}` : value;
    }
  }
  return values;
}

/** Fields with several values (getAll) arrive as arrays; single fields as strings. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return out;
}

/**
 * The one wrapper for server actions. A server action is a public endpoint: it resolves the
 * session, checks the role, parses the input with a strict zod schema, and turns failures into a
 * typed result that keeps what the user typed. Record-level checks live in the handler's queries.
 */
export function formAction<S extends z.ZodType, T>(
  roles: readonly Role[],
  schema: S,
  handler: (input: z.output<S>, actor: Actor) => Promise<T | ActionState<T>>,
  options?: ActorOptions,
) {
  return async (_prev: ActionState<T>, formData: FormData) =>
    runAction(formData, schema, async () => {
      const actor = await requireActor(roles, options);
      return (input) => handler(input, actor);
    });
}

/** The same for the few actions anyone may call (sign-up, password reset): no session needed. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T | ActionState<T>>) {
  return async (_prev: ActionState<T>, formData: FormData) => runAction(formData, schema, async () => handler);
}

async function runAction<S extends z.ZodType, T>(
  formData: FormData,
  schema: S,
  authorize: () => Promise<(input: z.output<S>) => Promise<T | ActionState<T>>>,
): Promise<ActionState<T>> {
  const values = formValues(formData);
  try {
    const handler = await authorize();
    const raw = formDataToObject(formData);
    const nul = nulFieldErrors(raw);
    if (nul) return { ok: false, error: "Please check the highlighted fields.", fieldErrors: nul, values };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "form");
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, error: "Please check the highlighted fields.", fieldErrors, values };
    }
    const result = await handler(parsed.data);
    if (result && typeof result === "object" && "ok" in result) return result as ActionState<T>;
    return { ok: true, data: result as T };
  } catch (error) {
    unstable_rethrow(error); // let redirect() and notFound() through
    const known = error instanceof AppError ? error : inputErrorFromDatabase(error);
    if (known) return { ok: false, error: known.message, fieldErrors: known.fieldErrors, values };
    console.error("action failed", error instanceof Error ? error.name : "unknown");
    return { ok: false, error: "Something went wrong on our side. Nothing was lost; please try again.", values };
  }
}
