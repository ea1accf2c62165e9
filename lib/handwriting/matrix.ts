/** An affine transform [a b c d e f], as SVG's matrix() and PDF's cm/Tm take it. */
export type Matrix = [number, number, number, number, number, number];

export function multiply([a, b, c, d, e, f]: Matrix, [a2, b2, c2, d2, e2, f2]: Matrix): Matrix {
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

export const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];

/** Clockwise on a page whose y axis points down, in degrees. */
export function rotate(degrees: number): Matrix {
  const r = (degrees * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
}

export const compose = (...matrices: Matrix[]): Matrix => matrices.reduce(multiply);
