/**
 * Age-banded test areas from PHEindicatormethods tests/testthat/testdata_DSR_ISR.xlsx (sheets testdata_multiarea,
 * testdata_multiarea_isr, refdata and testdata_1976), used by its testDSRs.R, testISRatios.R and testISRates.R.
 * The 19 bands are the ESP2013 bands; a missing count (the sheet's blank for testdata_tiny, 10–14) is 0.
 */
export const POPULATION = [
  636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207,
] as const;

export const COUNTS = {
  big: [127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91],
  small: [12, 4, 3, 2, 3, 4, 8, 2, 2, 3, 4, 5, 6, 8, 5, 6, 5, 5, 4],
  tiny: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 2, 3],
} as const;

export const REFERENCE_COUNT = [
  10303, 2824, 0, 3615, 3641, 3490, 3789, 3213, 3031, 2771, 3089, 3490, 3595, 4745, 5514, 7125, 5694, 6210,
  5757,
] as const;

export const REFERENCE_POPULATION = [
  50520, 57173, 60213, 54659, 44345, 50128, 62163, 67423, 62899, 55463, 60479, 49974, 44140, 40888, 37239,
  30819, 18136, 15325, 13918,
] as const;

/** testdata_1976: the big area's first 18 bands (85+ merged) against the 1976 European standard population. */
export const DSR_1976 = {
  count: [127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82],
  population: [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123],
  esp1976: [
    8000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 6000, 5000, 4000, 3000, 2000, 1000,
    1000,
  ],
} as const;
