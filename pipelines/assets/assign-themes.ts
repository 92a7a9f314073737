import { THEMES, type ThemeDefinition } from "./themes.ts";

/** What the theme rules look at. `tags` is `key=value` entries separated by "; " (asset-tags.ts). */
export type ThemedAsset = {
  name: string;
  description: string | null;
  category: string | null;
  tags: string | null;
  /** Themes the file declares (template `themes` column); when present the rules are not applied. */
  themes: string | null;
};

/** One theme an asset serves, and the rule that gave it, so a page can say why. */
export type ThemeMatch = { theme: string; rule: string };

/** Lower case, "&" as "and", apostrophes dropped ("men's" → "mens"), other punctuation as spaces. */
export function normaliseText(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

/** A whole-word phrase, with or without a plural ending, in normalised text. */
function phrasePattern(phrase: string): RegExp {
  return new RegExp(` ${normaliseText(phrase).trim()}(s|es)? `);
}

type CompiledTheme = {
  definition: ThemeDefinition;
  categories: { phrase: string; pattern: RegExp }[];
  osmTags: { key: string; value: string | null; text: string }[];
  taxonomyTerms: { phrase: string; pattern: RegExp }[];
  keywords: { phrase: string; pattern: RegExp }[];
};

const compile = (phrases: readonly string[]) =>
  phrases.map((phrase) => ({ phrase, pattern: phrasePattern(phrase) }));

const COMPILED: readonly CompiledTheme[] = THEMES.map((definition) => ({
  definition,
  categories: compile(definition.rules.categories),
  osmTags: definition.rules.osmTags.map((text) => {
    const [key = "", value = "*"] = text.split("=");
    return { key, value: value === "*" ? null : value, text };
  }),
  taxonomyTerms: compile(definition.rules.taxonomyTerms),
  keywords: compile(definition.rules.keywords),
}));

/** Parses `tags`: "amenity=library; sport=soccer;tennis" → [["amenity", ["library"]], ["sport", ["soccer", "tennis"]]]. */
export function parseTags(tags: string | null): [string, string[]][] {
  if (tags === null || tags === "") return [];
  return tags.split("; ").flatMap((entry): [string, string[]][] => {
    const equals = entry.indexOf("=");
    if (equals <= 0) return [];
    return [[entry.slice(0, equals), entry.slice(equals + 1).split(";")]];
  });
}

/**
 * The themes an asset serves: those its file declares, or else every theme whose rules it meets, each with
 * the first rule that matched (category, then OSM tag, then taxonomy term, then keyword).
 */
export function assignThemes(asset: ThemedAsset): ThemeMatch[] {
  if (asset.themes !== null && asset.themes.trim() !== "") {
    return parseDeclaredThemes(asset.themes).themes.map((theme) => ({ theme, rule: "declared in the file" }));
  }
  const category = normaliseText(asset.category ?? "");
  const words = normaliseText(`${asset.name} ${asset.description ?? ""}`);
  const tags = parseTags(asset.tags);
  const terms = tags.filter(([key]) => key.startsWith("taxonomy")).flatMap(([, values]) => values);
  const matches: ThemeMatch[] = [];
  for (const theme of COMPILED) {
    const rule = firstRule(theme, { category, words, tags, terms });
    if (rule !== null) matches.push({ theme: theme.definition.id, rule });
  }
  return matches;
}

function firstRule(
  theme: CompiledTheme,
  asset: { category: string; words: string; tags: [string, string[]][]; terms: string[] },
): string | null {
  const category = theme.categories.find(({ pattern }) => pattern.test(asset.category));
  if (category !== undefined) return `category "${category.phrase}"`;
  const tag = theme.osmTags.find(({ key, value }) =>
    asset.tags.some(([tagKey, values]) => tagKey === key && (value === null || values.includes(value))),
  );
  if (tag !== undefined) return `OpenStreetMap ${tag.text}`;
  const term = theme.taxonomyTerms.find(({ pattern }) =>
    asset.terms.some((text) => pattern.test(normaliseText(text))),
  );
  if (term !== undefined) return `Open Referral term "${term.phrase}"`;
  const keyword = theme.keywords.find(({ pattern }) => pattern.test(asset.words));
  return keyword === undefined ? null : `keyword "${keyword.phrase}"`;
}

/**
 * Reads a `themes` cell: theme ids, labels or aliases separated by ";" (or "|"; commas too when the whole
 * item is not a theme, since one label, "Money, food and housing", holds a comma).
 */
export function parseDeclaredThemes(text: string): { themes: string[]; unknown: string[]; known: string[] } {
  const themes: string[] = [];
  const unknown: string[] = [];
  for (const item of text.split(/[;|]/)) {
    const trimmed = item.trim();
    if (trimmed === "") continue;
    const whole = themeNamed(trimmed);
    const parts = whole === null ? trimmed.split(",").map((part) => part.trim()) : [];
    for (const [name, theme] of whole === null
      ? parts.map((part) => [part, themeNamed(part)] as const)
      : [[trimmed, whole] as const]) {
      if (name === "") continue;
      if (theme === null) unknown.push(name);
      else if (!themes.includes(theme)) themes.push(theme);
    }
  }
  return { themes, unknown, known: THEMES.map((theme) => theme.id) };
}

function themeNamed(name: string): string | null {
  const wanted = normaliseText(name);
  const theme = THEMES.find((candidate) =>
    [candidate.id.replace(/_/g, " "), candidate.label, ...candidate.aliases].some(
      (alias) => normaliseText(alias) === wanted,
    ),
  );
  return theme?.id ?? null;
}
