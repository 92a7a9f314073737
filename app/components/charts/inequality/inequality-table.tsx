import { ScrollableTable } from "~/components/scrollable-table";
import type { IcbInequalityRow } from "~/data/queries/icb-inequality";
import { formatDecimal } from "~/utils/format";
import { formatCsv } from "../../../../pipelines/stats/csv";
import { ChartDownloads } from "../chart-downloads";
import { inequalityFinding, inequalityReading } from "./inequality-reading";

/** Five small bars, most deprived fifth on the left; decorative beside the numbers in the same row. */
function QuintileBars({ values }: { values: number[] }) {
  const max = Math.max(...values, 0) || 1;
  return (
    <svg width={90} height={28} viewBox="0 0 90 28" aria-hidden="true" focusable="false">
      {values.map((value, index) => {
        const height = (value / max) * 24;
        const quintile = `q${index + 1}`;
        return (
          <rect
            key={quintile}
            x={index * 18 + 1}
            y={26 - height}
            width={14}
            height={height}
            fill={index === 0 ? "#003087" : "#768692"}
          />
        );
      })}
      <line x1={0} x2={90} y1={26.5} y2={26.5} stroke="#212b32" />
    </svg>
  );
}

/**
 * Inequality across an ICB's practices by deprivation: per indicator the pooled value in each IMD quintile,
 * the slope and relative index of inequality with 95% limits, and a sentence saying what that means.
 */
export function InequalityTable({
  id,
  rows,
  areaName,
  fileName,
}: {
  id: string;
  rows: IcbInequalityRow[];
  areaName: string;
  fileName: string;
}) {
  const title = inequalityFinding(rows, areaName);
  return (
    <section className="app-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="nhsuk-body-s">
        Practices in {areaName} are split into five equal groups by the deprivation of their patients (IMD
        2019); the slope index of inequality (SII) is the modelled gap, in percentage points, between the most
        and least deprived ends, as OHID measures it.
      </p>
      <ScrollableTable labelledBy={`${id}-title`}>
        <table className="nhsuk-table app-matrix-table">
          <caption className="nhsuk-u-visually-hidden">{title}</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col" className="app-numeric">
                Most deprived fifth
              </th>
              <th scope="col" className="app-numeric">
                Least deprived fifth
              </th>
              <th scope="col">
                <span className="nhsuk-u-visually-hidden">Values by fifth</span>
              </th>
              <th scope="col" className="app-numeric">
                SII <span className="app-table-subhead">(95% interval)</span>
              </th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <tr key={row.indicator_id}>
                <th scope="row" className="nhsuk-table__cell">
                  {row.short_name}
                  <span className="app-table-subhead">{row.period}</span>
                </th>
                <td className="nhsuk-table__cell app-numeric">{formatDecimal(row.quintile_values[0])}%</td>
                <td className="nhsuk-table__cell app-numeric">
                  {formatDecimal(row.quintile_values.at(-1))}%
                </td>
                <td className="nhsuk-table__cell">
                  <QuintileBars values={row.quintile_values} />
                </td>
                <td className="nhsuk-table__cell app-numeric">
                  {formatDecimal(row.sii)}
                  <span className="app-table-subhead">
                    {formatDecimal(row.sii_lower95)} to {formatDecimal(row.sii_upper95)}
                  </span>
                </td>
                <td className="nhsuk-table__cell app-reading">{inequalityReading(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      <ChartDownloads fileName={fileName} csv={() => inequalityCsv(rows)} />
    </section>
  );
}

function inequalityCsv(rows: IcbInequalityRow[]): string {
  const cell = (value: number | string | null | undefined) => (value == null ? "" : String(value));
  return formatCsv(
    [
      "indicator_id",
      "period",
      "practices",
      "q1_most_deprived",
      "q2",
      "q3",
      "q4",
      "q5_least_deprived",
      "sii",
      "sii_lower95",
      "sii_upper95",
      "rii",
      "rii_lower95",
      "rii_upper95",
    ],
    rows.map((row) =>
      [
        row.indicator_id,
        row.period,
        row.practices,
        ...row.quintile_values,
        row.sii,
        row.sii_lower95,
        row.sii_upper95,
        row.rii,
        row.rii_lower95,
        row.rii_upper95,
      ].map(cell),
    ),
  );
}
