import { describe, expect, it } from "vitest";
import { assignThemes, parseDeclaredThemes } from "./assign-themes.ts";
import { THEMES } from "./themes.ts";

const asset = (fields: Partial<Parameters<typeof assignThemes>[0]>) =>
  assignThemes({ name: "", description: null, category: null, tags: null, themes: null, ...fields });

describe("assignThemes", () => {
  it("matches categories, OSM tags, Open Referral terms and keywords, naming the rule", () => {
    expect(asset({ name: "Hale Library", category: "library: Local authority run library" })).toEqual([
      { theme: "social_connection", rule: 'category "library"' },
      { theme: "digital_inclusion", rule: 'category "library"' },
    ]);
    expect(asset({ name: "Baths", tags: "leisure=sports_centre; sport=swimming;fitness" })).toEqual([
      { theme: "physical_activity", rule: "OpenStreetMap leisure=sports_centre" },
    ]);
    expect(asset({ name: "Support", tags: "taxonomy=Young carers" })).toEqual([
      { theme: "carers", rule: 'Open Referral term "carers"' },
    ]);
    expect(asset({ name: "Tuesday Walking Groups", description: "Gentle health walks" })).toEqual([
      { theme: "physical_activity", rule: 'keyword "walking group"' },
    ]);
  });

  it("matches whole words only, plurals included", () => {
    expect(asset({ name: "Walkden Sports Club" })).toEqual([
      { theme: "physical_activity", rule: 'keyword "sport"' },
    ]);
    expect(asset({ name: "Gymkhana Stables" })).toEqual([]);
    expect(asset({ name: "Men’s Shed" })).toEqual([
      { theme: "social_connection", rule: 'keyword "men\'s shed"' },
    ]);
  });

  it("takes a file's own themes as they are, and knows every theme by id, label or alias", () => {
    expect(asset({ name: "Library", category: "library", themes: "Carers; older people" })).toEqual([
      { theme: "carers", rule: "declared in the file" },
      { theme: "older_people", rule: "declared in the file" },
    ]);
    expect(parseDeclaredThemes("Money, food and housing | diabetes,carers")).toMatchObject({
      themes: ["money_food_housing", "diabetes_healthy_eating", "carers"],
      unknown: [],
    });
    expect(parseDeclaredThemes("gardening; carers").unknown).toEqual(["gardening"]);
    for (const theme of THEMES) expect(parseDeclaredThemes(theme.label).themes).toEqual([theme.id]);
  });
});
