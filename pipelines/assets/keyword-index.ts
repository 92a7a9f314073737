/**
 * The words of a text as the theme rules see them (assign-themes.ts normaliseText): lower case, "&" as
 * "and", apostrophes dropped, every other run of characters that are not letters or digits a break.
 */
export function textWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/&/g, " and ")
      .replace(/['’]/g, "")
      .match(/[a-z0-9]+/g) ?? []
  );
}

type Phrase = { list: number; position: number; words: readonly string[] };

/**
 * Finds, in each of several ordered lists of phrases (a theme's keywords), the first phrase a text holds:
 * whole words, the last with or without a plural "s" or "es", exactly as the pattern ` phrase(s|es)? `
 * matches normalised text. Phrases are indexed by their first word, so a text's words are looked up once
 * each instead of every phrase being tried against the whole text (42,000 England assets × 130 keywords).
 */
export class KeywordIndex {
  /** One-word phrases by their word. */
  private readonly single = new Map<string, Phrase[]>();
  /** Longer phrases by their first word. */
  private readonly longer = new Map<string, Phrase[]>();

  constructor(private readonly lists: readonly (readonly string[])[]) {
    lists.forEach((phrases, list) => {
      phrases.forEach((text, position) => {
        const words = textWords(text);
        const first = words[0];
        // An empty phrase would match almost nothing and something odd; themes.ts has none.
        if (first === undefined) throw new Error(`keyword "${text}" has no letters or digits`);
        const index = words.length === 1 ? this.single : this.longer;
        index.set(first, [...(index.get(first) ?? []), { list, position, words }]);
      });
    });
  }

  /** For each list, the position of the first of its phrases that `words` (textWords) hold; -1 for none. */
  firstIn(words: readonly string[]): number[] {
    const found = this.lists.map(() => -1);
    for (let at = 0; at < words.length; at++) {
      const word = words[at] as string;
      note(found, this.single.get(word));
      if (word.endsWith("s")) note(found, this.single.get(word.slice(0, -1)));
      if (word.endsWith("es")) note(found, this.single.get(word.slice(0, -2)));
      const longer = this.longer.get(word);
      if (longer !== undefined) note(found, longer, words, at);
    }
    return found;
  }
}

/** Keeps, per list, the earliest of `phrases` (those following on from `at` in `words`, if given). */
function note(
  found: number[],
  phrases: readonly Phrase[] | undefined,
  words?: readonly string[],
  at = 0,
): void {
  for (const phrase of phrases ?? []) {
    if (words !== undefined && !followsAt(words, at, phrase.words)) continue;
    const best = found[phrase.list] as number;
    if (best === -1 || phrase.position < best) found[phrase.list] = phrase.position;
  }
}

/** Whether the phrase's words run on from `at`, the last with or without "s" or "es". */
function followsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  const last = phrase.length - 1;
  if (at + last >= words.length) return false;
  for (let k = 1; k < last; k++) if (words[at + k] !== phrase[k]) return false;
  const word = words[at + last] as string;
  const wanted = phrase[last] as string;
  return word === wanted || word === `${wanted}s` || word === `${wanted}es`;
}
