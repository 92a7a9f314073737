import { KeywordIndex, textWords } from "./keyword-index.ts";
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

/**
 * Whether any of the phrases matches, as one pattern: an asset meets few of a theme's rules, and one
 * test rules them all out where one per phrase would be needed. Normalised phrases hold only letters,
 * digits and spaces, so they need no escaping.
 */
function anyPhrasePattern(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  return new RegExp(` (?:${phrases.map((phrase) => normaliseText(phrase).trim()).join("|")})(s|es)? `);
}

type PhraseRule = { phrase: string; pattern: RegExp };

type CompiledRules = { rules: readonly PhraseRule[]; any: RegExp | null };

type CompiledTheme = {
  definition: ThemeDefinition;
  categories: CompiledRules;
  osmTags: { key: string; value: string | null; text: string }[];
  taxonomyTerms: CompiledRules;
};

const compile = (phrases: readonly string[]): CompiledRules => ({
  rules: phrases.map((phrase) => ({ phrase, pattern: phrasePattern(phrase) })),
  any: anyPhrasePattern(phrases),
});

/** The first phrase, in the rules' order, that the normalised text holds; undefined when none does. */
function firstPhrase({ rules, any }: CompiledRules, text: string): PhraseRule | undefined {
  if (any === null || !any.test(text)) return undefined;
  return rules.find(({ pattern }) => pattern.test(text));
}

const COMPILED: readonly CompiledTheme[] = THEMES.map((definition) => ({
  definition,
  categories: compile(definition.rules.categories),
  osmTags: definition.rules.osmTags.map((text) => {
    const [key = "", value = "*"] = text.split("=");
    return { key, value: value === "*" ? null : value, text };
  }),
  taxonomyTerms: compile(definition.rules.taxonomyTerms),
}));

/** Every theme's keywords, matched in the name and description of each asset (keyword-index.ts). */
const KEYWORDS = new KeywordIndex(THEMES.map((definition) => definition.rules.keywords));

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
  return new ThemeMatcher().match(asset);
}

/**
 * assignThemes for many assets. Categories, tags and declared themes repeat across a file (England's
 * 42,000 assets have 14 categories), so what they give each theme is worked out once per distinct value;
 * only the name and description are matched asset by asset.
 */
export class ThemeMatcher {
  /** Per category, per theme (THEMES order): the category rule that matched, or null. */
  private readonly byCategory = new Map<string, (string | null)[]>();
  /** Per tags value, per theme: the OSM tag or taxonomy term rule that matched, or null. */
  private readonly byTags = new Map<string, (string | null)[]>();
  private readonly declared = new Map<string, string[]>();

  match(asset: ThemedAsset): ThemeMatch[] {
    if (asset.themes !== null && asset.themes.trim() !== "") {
      let themes = this.declared.get(asset.themes);
      if (themes === undefined) {
        themes = parseDeclaredThemes(asset.themes).themes;
        this.declared.set(asset.themes, themes);
      }
      return themes.map((theme) => ({ theme, rule: "declared in the file" }));
    }
    const categoryRules = this.categoryRules(asset.category ?? "");
    const tagRules = this.tagRules(asset.tags);
    let keywords: number[] | null = null;
    const matches: ThemeMatch[] = [];
    COMPILED.forEach((theme, index) => {
      let rule = categoryRules[index] ?? tagRules[index] ?? null;
      if (rule === null) {
        keywords ??= KEYWORDS.firstIn(textWords(`${asset.name} ${asset.description ?? ""}`));
        const keyword = theme.definition.rules.keywords[keywords[index] ?? -1];
        if (keyword !== undefined) rule = `keyword "${keyword}"`;
      }
      if (rule !== null) matches.push({ theme: theme.definition.id, rule });
    });
    return matches;
  }

  private categoryRules(category: string): (string | null)[] {
    let rules = this.byCategory.get(category);
    if (rules === undefined) {
      const text = normaliseText(category);
      rules = COMPILED.map((theme) => {
        const found = firstPhrase(theme.categories, text);
        return found === undefined ? null : `category "${found.phrase}"`;
      });
      this.byCategory.set(category, rules);
    }
    return rules;
  }

  private tagRules(tagsText: string | null): (string | null)[] {
    const key = tagsText ?? "";
    let rules = this.byTags.get(key);
    if (rules === undefined) {
      const tags = parseTags(tagsText);
      const terms = tags
        .filter(([tagKey]) => tagKey.startsWith("taxonomy"))
        .flatMap(([, values]) => values)
        .map(normaliseText);
      rules = COMPILED.map((theme) => {
        const tag = theme.osmTags.find(({ key: wanted, value }) =>
          tags.some(([tagKey, values]) => tagKey === wanted && (value === null || values.includes(value))),
        );
        if (tag !== undefined) return `OpenStreetMap ${tag.text}`;
        const term = theme.taxonomyTerms.rules.find(({ pattern }) =>
          terms.some((text) => pattern.test(text)),
        );
        return term === undefined ? null : `Open Referral term "${term.phrase}"`;
      });
      this.byTags.set(key, rules);
    }
    return rules;
  }
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
