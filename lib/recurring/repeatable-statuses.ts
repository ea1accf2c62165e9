import type { OrderStatus } from "@/lib/db/schema";

/** A letter can be repeated once the client has approved it. */
export const repeatableStatuses: readonly OrderStatus[] = ["approved", "printed", "mailed", "delivered"];
