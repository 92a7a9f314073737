/**
 * Quantile of the standard normal distribution, Wichura's algorithm AS 241 (PPND16).
 *
 * Wichura MJ. Algorithm AS 241: the percentage points of the normal distribution. Applied Statistics
 * 1988;37(3):477–484; the coefficients are written as the nearest doubles. Relative accuracy is about 1e-16
 * over the whole range, so every z in this package (Wilson, Byar, funnels, SII) comes from here rather than
 * from a table of rounded constants.
 */
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
] as const;
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852546,
] as const;
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
] as const;
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
] as const;
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
] as const;
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
] as const;

/**
 * Horner's rule for the degree-7 polynomials above, written out: the SII's simulations call this tens of
 * millions of times per build, and the unrolled form is several times faster than a loop over the array
 * while doing exactly the same operations in the same order (so every result is bit-identical).
 */
function polynomial(c: readonly [number, number, number, number, number, number, number, number], x: number) {
  return ((((((c[7] * x + c[6]) * x + c[5]) * x + c[4]) * x + c[3]) * x + c[2]) * x + c[1]) * x + c[0];
}

/** The z such that P(Z ≤ z) = p for a standard normal Z; p must lie strictly between 0 and 1. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1))
    throw new RangeError(`normalQuantile: p must be between 0 and 1 (exclusive), got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(A, r)) / polynomial(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = polynomial(C, r) / polynomial(D, r);
  } else {
    r -= 5;
    value = polynomial(E, r) / polynomial(F, r);
  }
  return q < 0 ? -value : value;
}
