import { expect, it } from "vitest";
import { placeOrder } from "@/lib/orders/place-order";
import { addRecipient } from "@/lib/recipients/add-recipient";
import { getRecipient } from "@/lib/recipients/get-recipient";
import { listRecipientOrders } from "@/lib/recipients/list-recipient-orders";
import { listRecipients } from "@/lib/recipients/list-recipients";
import { recipientSchema } from "@/lib/recipients/recipient-schema";
import { updateRecipient } from "@/lib/recipients/update-recipient";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

describeWithDatabase("recipients", (ctx) => {
  it("keeps each client's address book to themselves, with letter counts", async () => {
    const cast = await makeCast(ctx.db);
    const tom = await addRecipient(ctx.db, cast.client, recipientSchema.parse({ name: "Tom Okafor", country: "GB" }));
    await placeOrder(ctx.db, cast.client, cast.brief());
    await placeOrder(ctx.db, cast.client, cast.brief());

    const mine = await listRecipients(ctx.db, cast.client);
    expect(mine.map((r) => [r.name, r.letterCount])).toEqual([
      ["Margaret Bennett", 2],
      ["Tom Okafor", 0],
    ]);
    expect(await listRecipients(ctx.db, cast.otherClient)).toEqual([]);
    expect(await listRecipients(ctx.db, cast.writer)).toEqual([]);
    expect((await getRecipient(ctx.db, cast.client, tom.id)).name).toBe("Tom Okafor");
    expect(await listRecipientOrders(ctx.db, cast.client, cast.recipient.id)).toHaveLength(2);
  });

  it("updates only the owner's recipient", async () => {
    const cast = await makeCast(ctx.db);
    const input = recipientSchema.parse({ name: "Margaret B.", addressLine1: "1 New Road", city: "Salem", country: "US" });
    const updated = await updateRecipient(ctx.db, cast.client, cast.recipient.id, input);
    expect(updated).toMatchObject({ name: "Margaret B.", city: "Salem", clientId: cast.client.id });
  });

  it("answers 'not found' to anyone else reading or updating someone's recipient", async () => {
    const cast = await makeCast(ctx.db);
    const input = recipientSchema.parse({ name: "Taken over" });
    await expect(getRecipient(ctx.db, cast.otherClient, cast.recipient.id)).rejects.toThrow("That recipient could not be found.");
    await expect(getRecipient(ctx.db, cast.writer, cast.recipient.id)).rejects.toThrow(/could not be found/);
    await expect(getRecipient(ctx.db, cast.otherClient, "not-a-uuid")).rejects.toThrow(/could not be found/);
    await expect(updateRecipient(ctx.db, cast.otherClient, cast.recipient.id, input)).rejects.toThrow(/could not be found/);
    // Staff may read an address book, but it stays the client's to change.
    await expect(updateRecipient(ctx.db, cast.admin, cast.recipient.id, input)).rejects.toThrow(/could not be found/);
    expect((await getRecipient(ctx.db, cast.client, cast.recipient.id)).name).toBe("Margaret Bennett");
    expect(await listRecipientOrders(ctx.db, cast.otherClient, cast.recipient.id)).toEqual([]);
  });
});
