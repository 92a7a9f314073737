import { useRef } from "react";
import { ScrollableTable } from "~/components/scrollable-table";
import { formatDecimal } from "~/utils/format";
import { formatCsv } from "../../../../pipelines/stats/csv";
import { ChartDownloads, svgFromRef } from "../chart-downloads";
import { type Pyramid, pyramidFinding } from "./prepare-pyramid";

const WIDTH = 640;
const BAND_HEIGHT = 18;
const LABEL = 56;
const TOP = 28;

/**
 * Age-sex pyramid: the practice's list as bars (men left, women right), with its PCN (dashed) and England,
 * or its ICB where the build's England is only a region (solid), outlined on the same percentage scale.
 * Drawn on the server; the table below carries the numbers.
 */
export function PopulationPyramid({
  id,
  pyramid,
  fileName,
}: {
  id: string;
  pyramid: Pyramid;
  fileName: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const title = pyramidFinding(pyramid);
  const bands = [...pyramid.bands].reverse();
  const height = TOP + bands.length * BAND_HEIGHT + 30;
  const half = (WIDTH - LABEL) / 2;
  const scale = (share: number) => (share / (Math.ceil(pyramid.maxShare) || 1)) * (half - 20);
  const centreLeft = half;
  const centreRight = half + LABEL;
  const outline = (pick: (band: (typeof bands)[number]) => number | null, side: "male" | "female") => {
    const points = bands.flatMap((band, index) => {
      const value = pick(band);
      if (value == null) return [];
      const x = side === "male" ? centreLeft - scale(value) : centreRight + scale(value);
      const y = TOP + index * BAND_HEIGHT;
      return [`${x.toFixed(1)},${y}`, `${x.toFixed(1)},${y + BAND_HEIGHT}`];
    });
    return points.length ? `M${points.join(" L")}` : "";
  };
  const ticks = [0, Math.ceil(pyramid.maxShare / 2), Math.ceil(pyramid.maxShare)];
  return (
    <section className="app-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="nhsuk-body-s" id={`${id}-description`}>
        Registered patients by age band, as a percentage of each list: {pyramid.practiceName} as bars (men on
        the left, women on the right){pyramid.pcnName ? `, ${pyramid.pcnName} as a dashed line` : ""}
        {pyramid.widerName ? ` and ${pyramid.widerName} as a solid line` : ""}.
      </p>
      <svg
        ref={svgRef}
        className="app-pyramid"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-description`}
        fontFamily="Arial, Helvetica, sans-serif"
      >
        <title>{title}</title>
        <text x={centreLeft - 4} y={16} textAnchor="end" fontSize={13} fontWeight="bold" fill="#212b32">
          Men
        </text>
        <text x={centreRight + 4} y={16} fontSize={13} fontWeight="bold" fill="#212b32">
          Women
        </text>
        {bands.map((band, index) => {
          const y = TOP + index * BAND_HEIGHT;
          return (
            <g key={band.ageBand}>
              <rect
                x={centreLeft - scale(band.practice.male)}
                y={y + 2}
                width={scale(band.practice.male)}
                height={BAND_HEIGHT - 4}
                fill="#005eb8"
              />
              <rect
                x={centreRight}
                y={y + 2}
                width={scale(band.practice.female)}
                height={BAND_HEIGHT - 4}
                fill="#41b6e6"
              />
              <text x={WIDTH / 2} y={y + 13} textAnchor="middle" fontSize={11} fill="#212b32">
                {band.ageBand}
              </text>
            </g>
          );
        })}
        {(["male", "female"] as const).map((side) => (
          <g key={side} fill="none" strokeWidth={2}>
            <path
              d={outline((band) => band.pcn?.[side] ?? null, side)}
              stroke="#212b32"
              strokeDasharray="4 3"
            />
            <path d={outline((band) => band.wider?.[side] ?? null, side)} stroke="#d5281b" />
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick} fontSize={11} fill="#4c6272">
            <text x={centreLeft - scale(tick)} y={height - 8} textAnchor="middle">
              {tick}%
            </text>
            <text x={centreRight + scale(tick)} y={height - 8} textAnchor="middle">
              {tick}%
            </text>
          </g>
        ))}
      </svg>
      <ul className="app-legend" aria-hidden="true">
        <li>
          <span className="app-swatch" style={{ background: "#005eb8" }} /> Men
        </li>
        <li>
          <span className="app-swatch" style={{ background: "#41b6e6" }} /> Women
        </li>
        {pyramid.pcnName ? <li>┄ {pyramid.pcnName}</li> : null}
        {pyramid.widerName ? (
          <li>
            <span className="app-legend__icb">━</span> {pyramid.widerName}
          </li>
        ) : null}
      </ul>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show the numbers as a table</span>
        </summary>
        <div className="nhsuk-details__text">
          <ScrollableTable labelledBy={`${id}-title`}>
            <table className="nhsuk-table">
              <caption className="nhsuk-u-visually-hidden">
                {title}: percentage of each list by age band and sex
              </caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">Age</th>
                  {shareColumns(pyramid).map((column) => (
                    <th key={column.csv} scope="col" className="app-numeric">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {pyramid.bands.map((band) => (
                  <tr key={band.ageBand}>
                    <th scope="row">{band.ageBand}</th>
                    {shareColumns(pyramid).map((column) => {
                      const share = column.share(band);
                      return (
                        <td key={column.csv} className="nhsuk-table__cell app-numeric">
                          {share == null ? "No data" : `${formatDecimal(share)}%`}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        </div>
      </details>
      <ChartDownloads fileName={fileName} csv={() => pyramidCsv(pyramid)} svg={svgFromRef(svgRef)} />
    </section>
  );
}

type PyramidBand = Pyramid["bands"][number];

/** The table's and the CSV's share columns, in one place so the two cannot disagree. */
function shareColumns(
  pyramid: Pyramid,
): { label: string; csv: string; share: (band: PyramidBand) => number | undefined }[] {
  const wider =
    pyramid.widerKind === "england" ? { label: "England", csv: "england" } : { label: "ICB", csv: "icb" };
  return [
    { label: "Men, practice", csv: "practice_male_pct", share: (band) => band.practice.male },
    { label: "Women, practice", csv: "practice_female_pct", share: (band) => band.practice.female },
    { label: "Men, PCN", csv: "pcn_male_pct", share: (band) => band.pcn?.male },
    { label: "Women, PCN", csv: "pcn_female_pct", share: (band) => band.pcn?.female },
    { label: `Men, ${wider.label}`, csv: `${wider.csv}_male_pct`, share: (band) => band.wider?.male },
    { label: `Women, ${wider.label}`, csv: `${wider.csv}_female_pct`, share: (band) => band.wider?.female },
  ];
}

function pyramidCsv(pyramid: Pyramid): string {
  const cell = (value: number | undefined) => (value == null ? "" : String(value));
  const columns = shareColumns(pyramid);
  return formatCsv(
    ["age_band", ...columns.map((column) => column.csv)],
    pyramid.bands.map((band) => [band.ageBand, ...columns.map((column) => cell(column.share(band)))]),
  );
}
