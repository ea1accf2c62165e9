import { layoutEnvelope, type EnvelopeInput } from "./layout-envelope";
import { drawSheets, pdfOf } from "./render-letter-pdf";
import { pageSvg } from "./render-letter-svg";

/** The envelope as SVG, for the print queue and the client's order page. */
export function renderEnvelopeSvg(input: EnvelopeInput): string {
  return pageSvg(layoutEnvelope(input), 0, { text: false });
}

/** The envelope on its own as a PDF page of its size. */
export function renderEnvelopePdf(input: EnvelopeInput): Promise<Buffer> {
  return pdfOf("An envelope", (doc) => drawSheets(doc, layoutEnvelope(input)));
}
