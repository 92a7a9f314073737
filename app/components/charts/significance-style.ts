import type { Significance } from "~/data/comparator";

/**
 * Colours for comparisons, from the NHS.UK palette, in Fingertips' scheme: green better, amber similar, red
 * worse, blues for higher/lower where "good" has no direction. Colour is never the only carrier: each row
 * also says the comparison in words.
 */
export const significanceFill: Record<Significance, string> = {
  better: "#007f3b",
  similar: "#ffb81c",
  worse: "#d5281b",
  higher: "#003087",
  lower: "#41b6e6",
  "not compared": "#ffffff",
};

export function significancePhrase(significance: Significance | null, comparatorLabel: string): string {
  switch (significance) {
    case "better":
    case "worse":
      return `${capitalise(significance)} than ${comparatorLabel}`;
    case "higher":
    case "lower":
      return `${capitalise(significance)} than ${comparatorLabel}`;
    case "similar":
      return `Similar to ${comparatorLabel}`;
    default:
      return "Not compared";
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
