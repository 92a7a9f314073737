import { ageCount, ageLabel } from "./age-structure.ts";
import { practiceAgeIndex, sexes } from "./practice-ages.ts";
import { practicesInCodeOrder } from "./practices.ts";
import type { World } from "./world.ts";
import { type WrittenFile, writeCsv } from "./writers/csv.ts";
import { integer } from "./writers/number-format.ts";

/**
 * NHS Digital "Patients Registered at a GP Practice", April 2022 release. That release still used the
 * CCG_CODE / ONS_CCG_CODE headers (sub-ICB headers came with July 2022) and 2011 LSOA codes, matching the
 * 2011-vintage boundaries and IMD files written beside it.
 */
export const registrationPublication = "GP_PRAC_PAT_LIST";
export const registrationExtractDate = "01APR2022";

export const registrationsByLsoaHeader = [
  "PUBLICATION",
  "EXTRACT_DATE",
  "PRACTICE_CODE",
  "PRACTICE_NAME",
  "LSOA_CODE",
  "SEX",
  "NUMBER_OF_PATIENTS",
] as const;

export const registrationsBySingleAgeHeader = [
  "PUBLICATION",
  "EXTRACT_DATE",
  "TYPE",
  "CCG_CODE",
  "ONS_CCG_CODE",
  "ORG_CODE",
  "POSTCODE",
  "SEX",
  "AGE",
  "NUMBER_OF_PATIENTS",
] as const;

/** `gp-reg-pat-prac-lsoa-all.csv`: one row per practice and LSOA with patients, SEX = ALL, by practice then LSOA. */
export function writeRegistrationsByLsoa(world: World, path: string, file: string): WrittenFile {
  const { registrations, practices, areas } = world;
  // Counting sort of the LSOA-major rows into practice-major order; LSOA order within a practice is kept.
  const start = new Int32Array(practices.length + 1);
  for (const p of registrations.rowPractice) start[p + 1] = (start[p + 1] ?? 0) + 1;
  for (let p = 0; p < practices.length; p += 1) start[p + 1] = (start[p + 1] ?? 0) + (start[p] ?? 0);
  const next = start.slice(0, practices.length);
  const lsoaOfRow = new Int32Array(registrations.rowPractice.length);
  const countOfRow = new Int32Array(registrations.rowPractice.length);
  for (let lsoa = 0; lsoa < areas.lsoas.length; lsoa += 1) {
    for (
      let row = registrations.lsoaStart[lsoa] ?? 0;
      row < (registrations.lsoaStart[lsoa + 1] ?? 0);
      row += 1
    ) {
      const p = registrations.rowPractice[row] ?? 0;
      const slot = next[p] ?? 0;
      next[p] = slot + 1;
      lsoaOfRow[slot] = lsoa;
      countOfRow[slot] = registrations.rowCount[row] ?? 0;
    }
  }
  return writeCsv(
    path,
    file,
    registrationsByLsoaHeader,
    (emit) => {
      for (const p of practicesInCodeOrder(practices)) {
        const practice = practices[p];
        if (!practice) continue;
        const name = practice.name.toUpperCase();
        for (let slot = start[p] ?? 0; slot < (start[p + 1] ?? 0); slot += 1) {
          const lsoa = areas.lsoas[lsoaOfRow[slot] ?? 0];
          emit([
            registrationPublication,
            registrationExtractDate,
            practice.code,
            name,
            lsoa?.code ?? "",
            "ALL",
            integer(countOfRow[slot] ?? 0),
          ]);
        }
      }
    },
    "\r\n",
  );
}

/** `gp-reg-pat-prac-sing-age.csv`: per practice and sex, an ALL row then ages 0–94 and 95+. */
export function writeRegistrationsBySingleAge(world: World, path: string, file: string): WrittenFile {
  const { practices, practiceAges, areas } = world;
  return writeCsv(
    path,
    file,
    registrationsBySingleAgeHeader,
    (emit) => {
      for (const p of practicesInCodeOrder(practices)) {
        const practice = practices[p];
        const subIcb = practice ? areas.subIcbs[practice.subIcbIndex] : undefined;
        if (!practice || !subIcb) continue;
        const lead = [
          registrationPublication,
          registrationExtractDate,
          "GP",
          subIcb.odsCode,
          subIcb.onsCode,
          practice.code,
          practice.postcode,
        ];
        for (const [sex, label] of sexes.entries()) {
          const first = practiceAgeIndex(p, sex, 0);
          const cells = practiceAges.counts.subarray(first, first + ageCount);
          emit([...lead, label, "ALL", integer(cells.reduce((sum, n) => sum + n, 0))]);
          for (let age = 0; age < ageCount; age += 1)
            emit([...lead, label, ageLabel(age), integer(cells[age] ?? 0)]);
        }
      }
    },
    "\r\n",
  );
}
