import type { CSSProperties } from "react";
import { inks, stationeries, type HandwritingStyle, type Ink, type Stationery } from "@/lib/orders/catalogue";

type Props = {
  body: string;
  style?: string;
  ink?: string;
  stationery?: string;
  label?: string;
};

/** The letter as the client will see it: handwriting font, ink colour and paper of the order. */
export function LetterSheet({ body, style = "caveat", ink = "navy", stationery = "cream", label = "The letter" }: Props) {
  const inkHex = inks[ink as Ink]?.hex ?? inks.navy.hex;
  const paper = stationeries[stationery as Stationery] ?? stationeries.cream;
  const css = { "--ink-colour": inkHex, backgroundColor: paper.paper } as CSSProperties;
  return (
    <article className={`letter-sheet hand-${style as HandwritingStyle}`} style={css} aria-label={label} lang="en">
      {body}
    </article>
  );
}
