import { FINGERTIPS_EXPORT_COLUMNS } from "../importers/fingertips-export-columns.ts";
import { wilsonLimits } from "../stats/index.ts";
import { reportingAreas } from "./fingertips-areas.ts";
import { englandArea, type FingertipsRow, fingertipsCells } from "./fingertips-export.ts";
import { practiceImdIndicator, type QofIndicator } from "./fingertips-indicators.ts";
import { englandCounts, practiceCounts } from "./qof-counts.ts";
import { meanOverPatients } from "./registrations.ts";
import type { World } from "./world.ts";
import { type WrittenFile, writeCsv } from "./writers/csv.ts";
import { integer, significant } from "./writers/number-format.ts";

/**
 * Fingertips exports for practices, with the PCN, ICB and England rows an export carries. Practice
 * prevalence comes from the practice's registered adults and where they live (deprivation, age), plus the
 * practice's own lean; PCN and ICB rows add up their practices, as Fingertips aggregates them. Limits are
 * Wilson score limits from pipelines/stats, the method OHID uses for proportions.
 */
function comparedToEngland(
  lower95: number,
  upper95: number,
  englandValue: number,
  lowIsGood: boolean,
): string {
  if (lower95 > englandValue) return lowIsGood ? "Worse" : "Higher";
  if (upper95 < englandValue) return lowIsGood ? "Better" : "Lower";
  return "Similar";
}

function sumOver(values: Int32Array, practices: readonly number[]): number {
  let total = 0;
  for (const p of practices) total += values[p] ?? 0;
  return total;
}

export function writeQofIndicator(
  indicator: QofIndicator,
  world: World,
  path: string,
  file: string,
): WrittenFile {
  const practices = practiceCounts(world, indicator);
  const nation = englandCounts(world, indicator, practices);
  const areas = reportingAreas(world);
  const latest = indicator.periods.length - 1;
  const base = { indicatorId: indicator.id, indicatorName: indicator.name, age: indicator.ageLabel };

  return writeCsv(
    path,
    file,
    FINGERTIPS_EXPORT_COLUMNS,
    (emit) => {
      for (const [t, period] of indicator.periods.entries()) {
        const periodCounts = practices.counts[t] ?? new Int32Array();
        const periodDenominators = practices.denominators[t] ?? new Int32Array();
        const { count: englandCount, denominator: englandDenominator } = nation[t] ?? {
          count: 0,
          denominator: 1,
        };
        const englandValue = (100 * englandCount) / englandDenominator;
        const england95 = wilsonLimits(englandCount, englandDenominator, 0.95, 100);
        emit(
          fingertipsCells({
            ...base,
            ...englandArea,
            period,
            value: significant(englandValue),
            lower95: significant(england95.lower),
            upper95: significant(england95.upper),
            count: integer(englandCount),
            denominator: integer(englandDenominator),
            comparedToEngland: "Not compared",
          }),
        );
        for (const area of areas) {
          const count = sumOver(periodCounts, area.practices);
          const denominator = sumOver(periodDenominators, area.practices);
          if (denominator === 0) continue;
          const at95 = wilsonLimits(count, denominator, 0.95, 100);
          const at998 = wilsonLimits(count, denominator, 0.998, 100);
          const row: FingertipsRow = {
            ...base,
            parent: area.parent,
            areaCode: area.code,
            areaName: area.name,
            areaType: area.type,
            period,
            value: significant((100 * count) / denominator),
            lower95: significant(at95.lower),
            upper95: significant(at95.upper),
            lower998: significant(at998.lower),
            upper998: significant(at998.upper),
            count: integer(count),
            denominator: integer(denominator),
            recentTrend: t === latest ? "Cannot be calculated" : "",
            comparedToEngland: comparedToEngland(at95.lower, at95.upper, englandValue, indicator.lowIsGood),
          };
          emit(fingertipsCells(row));
        }
      }
    },
    "\r\n",
  );
}

/** Fingertips 93553, practice IMD 2019 score: a value per area, no count, denominator or limits. */
export function writePracticeImd(world: World, path: string, file: string): WrittenFile {
  const imdScores = world.indices.scores[0] ?? new Float64Array();
  const practiceScores = meanOverPatients(world.registrations, imdScores);
  const totals = world.registrations.practiceTotals;
  const weighted = (practices: readonly number[]) => {
    let sum = 0;
    let people = 0;
    for (const p of practices) {
      sum += (practiceScores[p] ?? 0) * (totals[p] ?? 0);
      people += totals[p] ?? 0;
    }
    return sum / Math.max(1, people);
  };
  const allPractices = world.practices.map((practice) => practice.index);
  const base = {
    indicatorId: practiceImdIndicator.id,
    indicatorName: practiceImdIndicator.name,
    age: "All ages",
    period: practiceImdIndicator.period,
    comparedToEngland: "Not compared",
  };
  return writeCsv(
    path,
    file,
    FINGERTIPS_EXPORT_COLUMNS,
    (emit) => {
      const englandScore =
        world.config.scale === "england" ? weighted(allPractices) : practiceImdIndicator.englandScore;
      emit(
        fingertipsCells({
          ...base,
          ...englandArea,
          value: significant(englandScore),
        }),
      );
      for (const area of reportingAreas(world)) {
        emit(
          fingertipsCells({
            ...base,
            parent: area.parent,
            areaCode: area.code,
            areaName: area.name,
            areaType: area.type,
            value: significant(weighted(area.practices)),
          }),
        );
      }
    },
    "\r\n",
  );
}
