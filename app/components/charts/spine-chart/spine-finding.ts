import type { Significance } from "~/data/comparator";

/**
 * The sentence a chart title should say: how many indicators differ significantly from the comparator, and
 * in which direction, in plain words (e.g. "2 of 3 indicators are worse than England").
 */
export function spineFinding(
  theme: string,
  significances: (Significance | null)[],
  comparatorLabel: string,
): string {
  const total = significances.length;
  const count = (kind: Significance) => significances.filter((s) => s === kind).length;
  const worse = count("worse");
  const better = count("better");
  const higher = count("higher");
  const lower = count("lower");
  const indicators = (n: number) => `${n} of ${total} indicator${total === 1 ? "" : "s"}`;
  const verb = (n: number) => (n === 1 ? "is" : "are");
  // The first clause names the comparator and the denominator; later ones lean on it ("and 1 is better").
  const parts: string[] = [];
  for (const [n, word] of [
    [worse, "worse"],
    [better, "better"],
    [higher, "higher"],
    [lower, "lower"],
  ] as const) {
    if (!n) continue;
    parts.push(
      parts.length === 0
        ? `${indicators(n)} ${verb(n)} significantly ${word} than ${comparatorLabel}`
        : `${n} ${verb(n)} significantly ${word}`,
    );
  }
  if (parts.length === 0) {
    const compared = total - count("not compared") - significances.filter((s) => s == null).length;
    return compared === 0
      ? `${theme}: no indicator can be compared with ${comparatorLabel}`
      : `${theme}: no indicator differs significantly from ${comparatorLabel}`;
  }
  return `${theme}: ${joinWithAnd(parts)}`;
}

function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
