import type { ColumnSpec } from "../importers/importer.ts";

export type LayoutMatch = {
  /** Canonical column name → 0-based position in the header. */
  columns: Map<string, number>;
  /** Each unmet requirement: one required column, or an `anyOf` group of which none was found. */
  missing: ColumnSpec[][];
  /** How many requirements the layout has (required columns plus `anyOf` groups). */
  requirements: number;
};

/** `LSOA code (2011)` → `lsoa code 2011`; `NUMBER_OF_PATIENTS` → `number of patients`. */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Finds each column of a layout in a header. `overrides` (from the folder's mapping file) name the heading
 * to use for a canonical column, replacing its aliases.
 */
export function matchLayout(
  header: readonly string[],
  specs: readonly ColumnSpec[],
  overrides: Readonly<Record<string, string>> = {},
): LayoutMatch {
  const headings = header.map(normaliseHeading);
  const columns = new Map<string, number>();
  const taken = new Set<number>();
  for (const spec of specs) {
    const override = overrides[spec.name];
    // Names in order of preference, so a file with both `icb_code` and `sub_icb_code` uses the first.
    const wanted = (override === undefined ? [spec.label, spec.name, ...spec.aliases] : [override]).map(
      normaliseHeading,
    );
    const index = wanted
      .map((name) => headings.findIndex((heading, position) => heading === name && !taken.has(position)))
      .find((position) => position >= 0);
    if (index !== undefined) {
      columns.set(spec.name, index);
      taken.add(index);
    }
  }
  const groups = new Map<string, ColumnSpec[]>();
  const missing: ColumnSpec[][] = [];
  for (const spec of specs) {
    if (spec.presence === "required") {
      if (!columns.has(spec.name)) missing.push([spec]);
    } else if (spec.presence !== "optional") {
      groups.set(spec.presence.anyOf, [...(groups.get(spec.presence.anyOf) ?? []), spec]);
    }
  }
  for (const group of groups.values()) {
    if (!group.some((spec) => columns.has(spec.name))) missing.push(group);
  }
  const required = specs.filter((spec) => spec.presence === "required").length;
  return { columns, missing, requirements: required + groups.size };
}
