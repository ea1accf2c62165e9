import type { Order } from "@/lib/db/schema";
import { paperFor } from "@/lib/handwriting/paper";
import type { PaperSize } from "@/lib/orders/catalogue";

/** The paper an order is printed on: its choice, or the one usual for its variety of English. */
export const effectivePaper = (order: Pick<Order, "paper" | "englishVariety">): PaperSize => paperFor(order.paper, order.englishVariety).size;
