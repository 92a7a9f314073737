import type { Random } from "./random.ts";

/**
 * Invented English-sounding place names: an unusual root plus a common place-name ending ("Quenthwaite",
 * "Brellford"). Roots were chosen not to be real words or towns, so most results are fictional; a
 * combination may still match some real hamlet by chance, which does no harm: nothing else ties the demo to
 * a real place.
 */
const roots = [
  "Abber",
  "Brell",
  "Calder",
  "Dunsk",
  "Elver",
  "Fennick",
  "Garrow",
  "Hallam",
  "Isel",
  "Kettle",
  "Lunder",
  "Marrow",
  "Nather",
  "Osk",
  "Pellin",
  "Quen",
  "Ravel",
  "Sillow",
  "Tavern",
  "Ulsk",
  "Velling",
  "Wenna",
  "Yarrow",
  "Brinn",
  "Corren",
  "Dellow",
  "Esk",
  "Fallow",
  "Grisel",
  "Hebb",
  "Inver",
  "Kessel",
  "Lorrin",
  "Mabble",
  "Norrow",
  "Orrin",
  "Puddle",
  "Rother",
  "Scarrow",
  "Thrum",
  "Umber",
  "Wick",
  "Yaddle",
  "Blen",
  "Crane",
  "Drubb",
  "Emble",
  "Frith",
  "Gadder",
  "Hoddle",
] as const;

const endings = [
  "by",
  "ford",
  "ley",
  "ton",
  "ham",
  "wick",
  "worth",
  "field",
  "bridge",
  "combe",
  "stead",
  "thwaite",
  "den",
  "mere",
  "borough",
  "cote",
  "holme",
  "hurst",
  "dale",
  "well",
  "gate",
  "shaw",
  "thorpe",
  "burn",
  "wood",
  "moor",
  "cliffe",
  "marsh",
] as const;

const qualifiers = [
  "Upper",
  "Lower",
  "Great",
  "Little",
  "North",
  "South",
  "East",
  "West",
  "New",
  "Old",
] as const;

/** Hands out place names, never the same one twice. */
export class PlaceNames {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  next(): string {
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const base = `${this.random.pick(roots)}${this.random.pick(endings)}`;
      // Qualifiers get likelier once plain names run short, which keeps england scale (about 1,700 names)
      // from looping.
      const qualify = this.random.chance(this.used.size > 900 ? 0.6 : 0.12);
      const name = qualify ? `${this.random.pick(qualifiers)} ${base}` : base;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error(`Ran out of invented place names after ${this.used.size}`);
  }
}

/** Street names for addresses and practice names (asset-catalogue.ts uses them too). */
export const streetWords = [
  "Mill",
  "Church",
  "Station",
  "Park",
  "Victoria",
  "Market",
  "Bridge",
  "Chapel",
  "Albion",
  "Oak",
];
export const streetKinds = ["Road", "Street", "Lane"];
const houseWords = [
  "Beech",
  "Elm",
  "Willow",
  "Holly",
  "Riverside",
  "Rose",
  "Meadow",
  "Orchard",
  "Castle",
  "Priory",
];

/** A practice name in one of the shapes real practices use, built on a neighbourhood name. */
export function practiceName(random: Random, place: string): string {
  switch (random.int(0, 7)) {
    case 0:
      return `${place} Medical Centre`;
    case 1:
      return `${place} Health Centre`;
    case 2:
      return `${random.pick(streetWords)} ${random.pick(streetKinds)} Surgery`;
    case 3:
      return `The ${random.pick(houseWords)} Practice`;
    case 4:
      return `${place} Family Practice`;
    case 5:
      return `${random.pick(houseWords)} House Surgery`;
    case 6:
      return `${place} Group Practice`;
    default:
      return `${place} Surgery`;
  }
}
