import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { recipients } from "@/lib/db/schema";
import { placeOrder } from "@/lib/orders/place-order";
import { addRecipient } from "@/lib/recipients/add-recipient";
import { getRecipient } from "@/lib/recipients/get-recipient";
import { importRecipients } from "@/lib/recipients/import-recipients";
import { listClientOrders } from "@/lib/orders/list-client-orders";
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

    const mine = (await listRecipients(ctx.db, cast.client)).rows;
    expect(mine.map((r) => [r.name, r.letterCount])).toEqual([
      ["Margaret Bennett", 2],
      ["Tom Okafor", 0],
    ]);
    expect((await listRecipients(ctx.db, cast.otherClient)).rows).toEqual([]);
    expect((await listRecipients(ctx.db, cast.writer)).rows).toEqual([]);
    expect((await getRecipient(ctx.db, cast.client, tom.id)).name).toBe("Tom Okafor");
    expect((await listClientOrders(ctx.db, cast.client, { recipientId: cast.recipient.id })).rows).toHaveLength(2);
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
    expect((await listClientOrders(ctx.db, cast.otherClient, { recipientId: cast.recipient.id })).rows).toEqual([]);
  });
});

describeWithDatabase("recipients CSV import", (ctx) => {
  it("adds the good rows and says why each other row was left out", async () => {
    const cast = await makeCast(ctx.db);
    const csv = [
      "\uFEFFName,Relationship,Address line 1,City,State / region,Zip,Country,Birthday,Favourite colour",
      "Ana Lima,Friend,Rua das Flores 12,Lisbon,,1100-001,Portugal,1990-05-01,green",
      "Tom Okafor,Old friend,,,,,gb,,",
      ",No name,,,,,US,,",
      "Half Address,Cousin,,Leeds,,,GB,,",
      "Bad Date,Aunt,,,,,US,01/02/1960,",
      "Margaret Bennett,Mother,14 Willow Lane,Portland,OR,97205,US,,",
      "Too,few",
      "",
    ].join("\n");
    const report = await importRecipients(ctx.db, cast.client, csv);
    expect(report.imported).toBe(2);
    expect(report.ignoredColumns).toEqual(["Favourite colour"]);
    expect(report.rejected).toEqual([
      { line: 4, name: "", reasons: ["Tell us the recipient's name."] },
      { line: 5, name: "Half Address", reasons: ["Add the first line of the address, or clear the other address fields."] },
      { line: 6, name: "Bad Date", reasons: ["Use a date like 1958-03-14."] },
      { line: 7, name: "Margaret Bennett", reasons: ["Already in your address book."] },
      { line: 8, name: "Too", reasons: ["This row has fewer cells than the heading row."] },
    ]);
    const book = await ctx.db.select().from(recipients).where(eq(recipients.clientId, cast.client.id));
    expect(book.find((r) => r.name === "Ana Lima")).toMatchObject({ country: "PT", postalCode: "1100-001", birthday: "1990-05-01" });
    expect(book.find((r) => r.name === "Tom Okafor")).toMatchObject({ country: "GB", relationship: "Old friend" });
    // The other client's address book is untouched; importing again adds nothing.
    expect((await listRecipients(ctx.db, cast.otherClient)).rows).toEqual([]);
    expect((await importRecipients(ctx.db, cast.client, csv)).imported).toBe(0);
  });

  it("refuses a file without a name column", async () => {
    const cast = await makeCast(ctx.db);
    await expect(importRecipients(ctx.db, cast.client, "Email,City\na@b.c,Leeds")).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { csv: ["The file needs a “Name” column in its first row."] },
    });
  });
});
