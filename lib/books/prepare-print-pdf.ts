import { ParseSpeeds, PDFDict, PDFDocument, PDFName } from "pdf-lib";

export type PdfInspection = {
  /** TrimBox and BleedBox of the first page as [x1, y1, x2, y2] in points. */
  boxes: { trim: number[]; bleed: number[] };
  fonts: { name: string; embedded: boolean; subset: boolean }[];
};

const box = (b: { x: number; y: number; width: number; height: number }) => [b.x, b.y, b.x + b.width, b.y + b.height].map((n) => Math.round(n * 100) / 100);

/**
 * Typst writes only a MediaBox. Printers read the trim (the finished page) and the bleed (what is
 * printed to be cut off) from TrimBox and BleedBox: set them on every page, `bleed` points inside the
 * media edge for the trim. While the file is open, read back what a printer's preflight checks: the
 * boxes and, for every font, whether it is embedded and subset.
 */
export async function preparePrintPdf(pdf: Uint8Array, bleed: number): Promise<{ pdf: Uint8Array; inspection: PdfInspection }> {
  // No yielding every few objects: this runs in a worker thread, where nothing else waits for the loop.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  for (const page of doc.getPages()) {
    const { width, height } = page.getMediaBox();
    page.setBleedBox(0, 0, width, height);
    page.setTrimBox(bleed, bleed, width - 2 * bleed, height - 2 * bleed);
  }
  const first = doc.getPage(0);
  const fonts = new Map<string, PdfInspection["fonts"][number]>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const descriptor = object.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
    // A composite (Type0) font has no descriptor of its own; its descendant font is listed instead.
    if (!descriptor) continue;
    const name = object.get(PDFName.of("BaseFont"))?.toString().replace(/^\//, "") ?? "unnamed";
    const embedded = ["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor.has(PDFName.of(key)));
    fonts.set(name, { name, embedded, subset: /^[A-Z]{6}\+/.test(name) });
  }
  return {
    pdf: await doc.save({ updateFieldAppearances: false, objectsPerTick: Infinity }),
    inspection: { boxes: { trim: box(first.getTrimBox()), bleed: box(first.getBleedBox()) }, fonts: [...fonts.values()] },
  };
}
