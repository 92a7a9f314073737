import { Link } from "@remix-run/react";
import { ScrollableTable } from "~/components/scrollable-table";
import type { PracticeProfileRow } from "~/data/queries/practice-profile";
import { formatInteger } from "~/utils/format";
import { formatIndicatorValue, formatInterval } from "~/utils/format-indicator";
import { ChartDownloads } from "../chart-downloads";
import { significancePhrase } from "../significance-style";
import { Sparkline } from "../sparkline/sparkline";
import { spineChartCsv } from "./spine-chart-csv";
import { spineFinding } from "./spine-finding";
import { spineGeometry } from "./spine-geometry";
import { SPINE_HEIGHT, SPINE_WIDTH, SpineMarks } from "./spine-marks";

export interface SpineChartProps {
  id: string;
  theme: string;
  rows: PracticeProfileRow[];
  trends: Record<string, (number | null)[]>;
  comparatorLabel: string;
  peerLabel: string;
  fileName: string;
}

/**
 * A Fingertips-style spine chart for one theme, built as a table: every number is a cell a screen reader
 * can reach, and the spine in the last column draws the same row. Rendered on the server, so it is there
 * before (and without) JavaScript.
 */
export function SpineChart({
  id,
  theme,
  rows,
  trends,
  comparatorLabel,
  peerLabel,
  fileName,
}: SpineChartProps) {
  const title = spineFinding(
    theme,
    rows.map((row) => row.significance),
    comparatorLabel,
  );
  const withGeometry = rows.map((row) => ({ row, geometry: spineGeometry(row) }));
  return (
    <section className="app-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="nhsuk-body-s" id={`${id}-description`}>
        Each row shows the practice's value (circle, coloured by its comparison with {comparatorLabel} at 95%
        confidence) against {comparatorLabel}'s value (the centre line), the PCN's value (diamond) and the
        range of {peerLabel} (light bar, worst to best, with the middle half darker).
      </p>
      <ScrollableTable labelledBy={`${id}-title`}>
        <table className="nhsuk-table app-spine-table" aria-describedby={`${id}-description`}>
          <caption className="nhsuk-u-visually-hidden">{title}</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Period</th>
              <th scope="col" className="app-numeric">
                Count
              </th>
              <th scope="col" className="app-numeric">
                Denominator
              </th>
              <th scope="col" className="app-numeric">
                Value <span className="app-table-subhead">(95% interval)</span>
              </th>
              <th scope="col" className="app-numeric">
                {comparatorLabel}
              </th>
              <th scope="col" className="app-numeric">
                PCN
              </th>
              <th scope="col">Recent trend</th>
              <th scope="col">Compared with {comparatorLabel}</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {withGeometry.map(({ row, geometry }) => (
              <tr key={row.indicator_id}>
                <th scope="row" className="nhsuk-table__cell">
                  <Link to={`/about-the-data#indicator-${row.indicator_id}`} title={row.name}>
                    {row.short_name}
                  </Link>
                </th>
                <td className="nhsuk-table__cell">{row.period}</td>
                <td className="nhsuk-table__cell app-numeric">
                  {row.count == null ? "–" : formatInteger(row.count)}
                </td>
                <td className="nhsuk-table__cell app-numeric">
                  {row.denominator == null ? "–" : formatInteger(row.denominator)}
                </td>
                <td className="nhsuk-table__cell app-numeric">
                  <strong>{formatIndicatorValue(row.value, row.decimals, row.unit)}</strong>
                  {row.lower95 != null ? (
                    <span className="app-table-subhead">
                      {formatInterval(row.lower95, row.upper95, row.decimals)}
                    </span>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell app-numeric">
                  {formatIndicatorValue(row.comparator_value, row.decimals, row.unit)}
                </td>
                <td className="nhsuk-table__cell app-numeric">
                  {formatIndicatorValue(row.pcn_value, row.decimals, row.unit)}
                </td>
                <td className="nhsuk-table__cell">
                  <Sparkline values={trends[row.indicator_id] ?? []} />
                  <span className="app-table-subhead">{row.trend ?? "One period only"}</span>
                </td>
                <td className="nhsuk-table__cell app-spine-cell">
                  {geometry ? (
                    <svg
                      width={SPINE_WIDTH}
                      height={SPINE_HEIGHT}
                      viewBox={`0 0 ${SPINE_WIDTH} ${SPINE_HEIGHT}`}
                      aria-hidden="true"
                      focusable="false"
                    >
                      <SpineMarks geometry={geometry} significance={row.significance} />
                    </svg>
                  ) : null}
                  <span className="app-table-subhead">
                    {significancePhrase(row.significance, comparatorLabel)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      <ChartDownloads
        fileName={fileName}
        csv={() => spineChartCsv(rows, comparatorLabel)}
        svg={async () => (await import("./spine-chart-image")).spineChartImage(title, withGeometry)}
      />
    </section>
  );
}
