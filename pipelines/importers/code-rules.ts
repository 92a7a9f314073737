import { code } from "./value-rules.ts";

/** ODS code of a GP practice: a letter then five letters or digits (P81003, Y02345). */
export const practiceCodeRule = code({
  pattern: "[A-Z][0-9A-Z]{5}",
  expected: "an ODS practice code such as P81003 (a letter and five letters or digits)",
  fix: "correct the practice code; codes are listed in NHS Digital's ODS data (epraccur)",
});

/** ODS or ONS code of a PCN or ICB (U12345, QE1, E54000048); looser because publishers differ. */
export const organisationCodeRule = code({
  pattern: "[A-Z0-9][A-Z0-9_-]{0,15}",
  expected: "an organisation code such as U12345 (PCN) or QE1 (ICB): letters, digits, - or _",
  fix: "correct the code, or leave the code column out and give names only (codes are then made from names)",
});

/**
 * ONS code of a 2011 or 2021 LSOA in England, Wales or Scotland (E01…, W01…, S01… data zones). NHS Digital
 * writes NO2011 / NO2021 for patients whose postcode has no LSOA: those rows count towards list size but
 * cannot be attributed to an area, so they become NULL.
 */
export const lsoaCodeRule = code({
  pattern: "[EWS]01[0-9]{6}",
  unknown: "NO[0-9]{4}",
  expected: "an LSOA code such as E01012345 (or NO2011 / NO2021 for no known LSOA)",
  fix: "correct the LSOA code in the file",
});

export const scoredLsoaCodeRule = code({
  pattern: "[EWS]01[0-9]{6}",
  expected: "an LSOA code such as E01012345",
  fix: "correct the LSOA code in the file",
});
