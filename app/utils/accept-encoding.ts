/**
 * Whether a request's Accept-Encoding header allows a gzip body (RFC 9110 §12.5.3): `gzip` or `*` listed
 * with a weight above zero, and gzip not refused by name (`gzip;q=0`). No header means identity only.
 */
export function acceptsGzip(header: string | null | undefined): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const weight = params.find((param) => param.startsWith("q="));
    const allowed = weight === undefined || Number(weight.slice(2)) > 0;
    if (name === "gzip" || name === "x-gzip") return allowed;
    if (name === "*") wildcard = allowed;
  }
  return wildcard;
}
