/**
 * European Standard Population 2013, in the 19 five-year bands OHID uses (0–4 … 85–89, 90+), per 100,000.
 *
 * Source: Eurostat. Revision of the European Standard Population: report of Eurostat's task force. 2013
 * edition. Luxembourg: Publications Office of the European Union, 2013 (ISBN 978-92-79-31757-6,
 * doi:10.2785/11470), Annex table "ESP 2013". Eurostat lists under-1 (1,000) and 1–4 (4,000) separately;
 * OHID and PHEindicatormethods (data/esp2013.rda) combine them into 0–4 = 5,000, as here. The weights sum to 100,000.
 */
export const ESP2013_AGE_BANDS = [
  "0-4",
  "5-9",
  "10-14",
  "15-19",
  "20-24",
  "25-29",
  "30-34",
  "35-39",
  "40-44",
  "45-49",
  "50-54",
  "55-59",
  "60-64",
  "65-69",
  "70-74",
  "75-79",
  "80-84",
  "85-89",
  "90+",
] as const;

export type Esp2013AgeBand = (typeof ESP2013_AGE_BANDS)[number];

export const ESP2013: Readonly<Record<Esp2013AgeBand, number>> = {
  "0-4": 5000,
  "5-9": 5500,
  "10-14": 5500,
  "15-19": 5500,
  "20-24": 6000,
  "25-29": 6000,
  "30-34": 6500,
  "35-39": 7000,
  "40-44": 7000,
  "45-49": 7000,
  "50-54": 7000,
  "55-59": 6500,
  "60-64": 6000,
  "65-69": 5500,
  "70-74": 5000,
  "75-79": 4000,
  "80-84": 2500,
  "85-89": 1500,
  "90+": 1000,
};

function isEsp2013AgeBand(label: string): label is Esp2013AgeBand {
  return (ESP2013_AGE_BANDS as readonly string[]).includes(label);
}

/**
 * The ESP2013 band an age-band label names, as files spell them: "0-4", "0–4", "00-04", "0 to 4", "90+",
 * "90 and over". Undefined when the label is not one of the 19 bands.
 */
export function esp2013Band(label: string): Esp2013AgeBand | undefined {
  const normalised = label
    .trim()
    .toLowerCase()
    .replace(/\s*(?:–|—|to)\s*/g, "-")
    .replace(/\s*(?:and over|plus|\+)$/, "+")
    .replace(/\b0+(\d)/g, "$1")
    .replace(/\s+/g, "");
  return isEsp2013AgeBand(normalised) ? normalised : undefined;
}

/** The ESP2013 weight for an age-band label (see esp2013Band), or undefined. */
export function esp2013Weight(label: string): number | undefined {
  const band = esp2013Band(label);
  return band === undefined ? undefined : ESP2013[band];
}
