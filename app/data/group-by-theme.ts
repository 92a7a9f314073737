/**
 * Indicator themes as the pipeline writes them (`indicators.theme`), in the order the product talks about
 * them (DESIGN.md), with the words pages use. An unknown theme still shows, after these, under its own id.
 */
const THEMES: { id: string; label: string }[] = [
  { id: "diabetes", label: "Diabetes" },
  { id: "loneliness", label: "Loneliness and isolation" },
  { id: "deprivation", label: "Deprivation" },
  { id: "mental_health", label: "Mental health" },
  { id: "long_term_conditions", label: "Long-term conditions" },
  { id: "smoking", label: "Smoking" },
];

export function themeLabel(theme: string): string {
  return THEMES.find((known) => known.id === theme)?.label ?? theme.replaceAll("_", " ");
}

export function groupByTheme<Row extends { theme: string }>(
  rows: Row[],
): { theme: string; label: string; rows: Row[] }[] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.theme, [...(groups.get(row.theme) ?? []), row]);
  const rank = (theme: string) => {
    const index = THEMES.findIndex((known) => known.id === theme);
    return index === -1 ? THEMES.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([theme, themeRows]) => ({ theme, label: themeLabel(theme), rows: themeRows }));
}
