/**
 * The Fingertips indicators the demo writes, with what drives them. England prevalences per period are
 * close to the published QOF figures; the effects (per national standard deviation of the practice's
 * patients' deprivation and age, on the logit scale) give the social gradients seen in practice data:
 * diabetes, obesity and smoking rise steeply with deprivation, NDH mostly with age, and recording of NDH
 * varies a lot between practices.
 */
export interface QofIndicator {
  readonly id: number;
  readonly name: string;
  readonly file: string;
  /** Fingertips "Age" label and the youngest age counted in the denominator. */
  readonly ageLabel: string;
  readonly minAge: number;
  /** Periods with data, oldest first, and England's prevalence (%) in each. */
  readonly periods: readonly string[];
  readonly englandPercent: readonly number[];
  readonly deprivationEffect: number;
  readonly ageEffect: number;
  /** Spread of practices' own recording and case-mix (logit standard deviation). */
  readonly practiceSpread: number;
  /** Fingertips compares prevalence as higher/lower; smoking has a polarity (lower is better). */
  readonly lowIsGood: boolean;
}

const fivePeriods = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"] as const;

export const qofIndicators: readonly QofIndicator[] = [
  {
    id: 241,
    name: "Diabetes: QOF prevalence (17+ yrs)",
    file: "fingertips-diabetes-qof.csv",
    ageLabel: "17+ yrs",
    minAge: 17,
    periods: fivePeriods,
    englandPercent: [7.06, 7.13, 7.29, 7.46, 7.65],
    deprivationEffect: 0.35,
    ageEffect: 0.15,
    practiceSpread: 0.1,
    lowIsGood: false,
  },
  {
    // QOF added the NDH register in 2020/21. The indicator id is the one the project brief gives; it could
    // not be checked against Fingertips from here.
    id: 92876,
    name: "Non-diabetic hyperglycaemia: QOF prevalence (18+ yrs)",
    file: "fingertips-ndh-qof.csv",
    ageLabel: "18+ yrs",
    minAge: 18,
    periods: fivePeriods.slice(1),
    englandPercent: [4.0, 4.7, 5.7, 6.5],
    deprivationEffect: 0.15,
    ageEffect: 0.3,
    practiceSpread: 0.35,
    lowIsGood: false,
  },
  {
    id: 92588,
    name: "Obesity: QOF prevalence (18+ yrs)",
    file: "fingertips-obesity-qof.csv",
    ageLabel: "18+ yrs",
    minAge: 18,
    periods: fivePeriods,
    englandPercent: [9.9, 9.2, 9.6, 10.4, 11.0],
    deprivationEffect: 0.35,
    ageEffect: 0,
    practiceSpread: 0.25,
    lowIsGood: false,
  },
  {
    id: 848,
    name: "Depression: QOF prevalence (18+ yrs)",
    file: "fingertips-depression-qof.csv",
    ageLabel: "18+ yrs",
    minAge: 18,
    periods: fivePeriods,
    englandPercent: [11.6, 12.3, 12.7, 13.2, 13.5],
    deprivationEffect: 0.12,
    ageEffect: -0.05,
    practiceSpread: 0.25,
    lowIsGood: false,
  },
  {
    id: 91547,
    name: "Smoking prevalence in adults (15+) - current smokers (QOF)",
    file: "fingertips-smoking-prevalence-qof.csv",
    ageLabel: "15+ yrs",
    minAge: 15,
    periods: fivePeriods,
    englandPercent: [16.46, 15.95, 15.4, 15.0, 14.6],
    deprivationEffect: 0.4,
    ageEffect: -0.15,
    practiceSpread: 0.2,
    lowIsGood: true,
  },
];

/** Fingertips 93553: the practice's IMD 2019 score, weighted by where its patients live. */
export const practiceImdIndicator = {
  id: 93553,
  name: "Deprivation score (IMD 2019)",
  file: "fingertips-practice-imd.csv",
  period: "2019",
  /** England's population-weighted average IMD 2019 score, for the pcn world's England row. */
  englandScore: 21.67,
} as const;
