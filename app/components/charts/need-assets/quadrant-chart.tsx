import { useRef } from "react";
import type { NeedAssetsRow } from "~/data/queries/need-assets";
import { ChartDownloads, svgFromRef } from "../chart-downloads";

const SIZE = 420;
const PAD = 48;
const PLOT = SIZE - PAD - 16;

/**
 * Need percentile (across) against asset supply percentile (up) for a PCN's practices on one theme, split
 * at the 50th percentiles into the four quadrants; the priority quadrant (more need, fewer assets) is shaded.
 * Each practice is a numbered dot; the numbers match the table below, which carries every figure.
 */
export function QuadrantChart({
  id,
  title,
  rows,
  csv,
  fileName,
}: {
  id: string;
  title: string;
  rows: NeedAssetsRow[];
  csv: () => string;
  fileName: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const x = (percentile: number) => PAD + (percentile / 100) * PLOT;
  const y = (percentile: number) => 16 + PLOT - (percentile / 100) * PLOT;
  const placed = rows
    .map((row, index) => ({ row, number: index + 1 }))
    .filter(({ row }) => row.need_percentile != null && row.supply_percentile != null);
  return (
    <>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width="100%"
        className="app-quadrant"
        role="img"
        aria-labelledby={`${id}-title ${id}-description`}
        fontFamily="Arial, Helvetica, sans-serif"
      >
        <title>{title}</title>
        <rect x={x(50)} y={y(50)} width={PLOT / 2} height={PLOT / 2} fill="#f7d7d4" />
        <rect x={PAD} y={16} width={PLOT} height={PLOT} fill="none" stroke="#768692" />
        <line x1={x(50)} x2={x(50)} y1={16} y2={16 + PLOT} stroke="#768692" strokeDasharray="4 3" />
        <line x1={PAD} x2={PAD + PLOT} y1={y(50)} y2={y(50)} stroke="#768692" strokeDasharray="4 3" />
        <text x={x(75)} y={y(2)} textAnchor="middle" fontSize={12} fontWeight="bold" fill="#212b32">
          Priority
        </text>
        <text x={x(25)} y={y(96)} textAnchor="middle" fontSize={11} fill="#4c6272">
          Lower need, more assets
        </text>
        <text x={PAD + PLOT / 2} y={SIZE - 8} textAnchor="middle" fontSize={12} fill="#212b32">
          Need (percentile) →
        </text>
        <text
          x={14}
          y={16 + PLOT / 2}
          textAnchor="middle"
          fontSize={12}
          fill="#212b32"
          transform={`rotate(-90 14 ${16 + PLOT / 2})`}
        >
          Assets per 10,000 (percentile) →
        </text>
        {placed.map(({ row, number }) => (
          <g key={row.practice_code}>
            <circle
              cx={x(row.need_percentile ?? 0)}
              cy={y(row.supply_percentile ?? 0)}
              r={11}
              fill={row.quadrant === "priority" ? "#d5281b" : "#005eb8"}
              stroke="#ffffff"
              strokeWidth={1.5}
            />
            <text
              x={x(row.need_percentile ?? 0)}
              y={y(row.supply_percentile ?? 0) + 4}
              textAnchor="middle"
              fontSize={11}
              fontWeight="bold"
              fill="#ffffff"
            >
              {number}
            </text>
          </g>
        ))}
      </svg>
      <ChartDownloads fileName={fileName} csv={csv} svg={svgFromRef(svgRef)} />
    </>
  );
}
