import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** For pages: a record the domain reports as NOT_FOUND (missing or not the actor's) becomes the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
