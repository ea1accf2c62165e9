import { z } from "zod";

/** The "New collection" form; strict, so nothing but these fields reaches the database. */
export const collectionSchema = z.strictObject({
  title: z.string().trim().min(1, "Give the collection a title.").max(200, "Please keep the title under 200 characters."),
  subtitle: z.string().trim().max(300, "Please keep the subtitle under 300 characters.").default(""),
  // Checkboxes: absent when none is ticked, a string for one, an array for several.
  orderIds: z
    .union([z.string(), z.array(z.string())], "Choose at least one letter.")
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.uuid("Choose letters from the list.")).min(1, "Choose at least one letter.").max(500)),
});
export type CollectionInput = z.output<typeof collectionSchema>;
