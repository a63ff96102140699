/**
 * Colour-vision simulation for the palette tests: Machado, Oliveira & Fernandes (2009), "A Physiologically-based
 * Model for Simulation of Color Vision Deficiency", severity 1.0 matrices, applied in linear RGB; distances are
 * CIE76 ΔE in CIELAB (D65).
 */

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

export const MACHADO: Record<'protanopia' | 'deuteranopia', Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

const IDENTITY: Matrix = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255];
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));
const apply = (m: Matrix, v: Rgb): Rgb => m.map((row) => clamp(row[0] * v[0] + row[1] * v[1] + row[2] * v[2])) as Rgb;

function lab(linear: Rgb): Rgb {
  const [r, g, b] = linear;
  // sRGB (D65) to XYZ, normalised by the D65 white
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

export type Vision = 'normal' | keyof typeof MACHADO;

/** CIE76 ΔE between two #rrggbb colours as a reader with the given vision sees them. */
export function deltaE(a: string, b: string, vision: Vision): number {
  const m = vision === 'normal' ? IDENTITY : MACHADO[vision];
  const la = lab(apply(m, parseHex(a).map(toLinear) as Rgb));
  const lb = lab(apply(m, parseHex(b).map(toLinear) as Rgb));
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}
