import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/** The address of the client making this request (server actions and pages). */
export async function requestAddress(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"));
}
