import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseText } from "./assign-themes.ts";
import { KeywordIndex, textWords } from "./keyword-index.ts";
import { THEMES } from "./themes.ts";

const lists = THEMES.map((theme) => theme.rules.keywords);

/** The rule as themes.ts states it: the first phrase whose whole-word pattern is in the normalised text. */
const byPattern = (text: string) =>
  lists.map((phrases) =>
    phrases.findIndex((phrase) =>
      new RegExp(` ${normaliseText(phrase).trim()}(s|es)? `).test(normaliseText(text)),
    ),
  );

/** Texts built from the keywords' own words, plurals, near misses and punctuation. */
const vocabulary = [
  ...new Set(lists.flat().flatMap((phrase) => phrase.split(/\s+/))),
  "walks",
  "groups",
  "classes",
  "sportsman",
  "Walkden",
  "gymkhana",
  "Men’s",
  "&",
  "-",
  "s",
  "es",
  "CAFÉ",
  "İstanbul",
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(" ", "  ", ", ", "/", "'", "")), {
    maxLength: 12,
  })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(""));

describe("KeywordIndex", () => {
  it("finds the same first keyword of each theme as the whole-word patterns", () => {
    const index = new KeywordIndex(lists);
    fc.assert(
      fc.property(text, (sample) => {
        expect(index.firstIn(textWords(sample))).toEqual(byPattern(sample));
      }),
      { numRuns: 2000 },
    );
  });

  it("takes the words normaliseText gives", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (sample) => {
        expect(textWords(sample).join(" ")).toBe(normaliseText(sample).trim());
      }),
    );
  });
});
