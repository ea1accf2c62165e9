import { createHash } from "node:crypto";

/**
 * A small deterministic generator (sfc32) seeded from any string: the same order id always gives
 * the same wobble, so a letter looks the same each time it is downloaded.
 */
export function seededRandom(seed: string): { next(): number; between(min: number, max: number): number } {
  const h = createHash("sha256").update(seed).digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  return { next, between: (min, max) => min + (max - min) * next() };
}
