import type { MapArea } from "./render-lsoa-map";
import type { ZoomState } from "./zoom-state";

export const NEIGHBOUR_FILL = "#f0f4f5";
export const ASSET_STYLE = { fill: "#ffffff", stroke: "#212b32" } as const;
export const PRACTICE_STYLE = { fill: "#212b32", stroke: "#ffffff" } as const;
const CATCHMENT_STROKE = "#4c6272";
const NEIGHBOUR_STROKE = "#aeb7bd";

export interface MapMarksProps {
  /** Prefix for ids inside the SVG (the "no data" hatching), unique on the page. */
  idPrefix: string;
  width: number;
  height: number;
  areas: readonly MapArea[];
  /** A catchment area's fill colour, or null for "no data" (hatched). */
  fillOf: (code: string) => string | null;
  points: readonly { id: string; x: number; y: number }[];
  practice: { x: number; y: number } | null;
  zoom: ZoomState;
  selected?: string | null;
}

/**
 * The map's drawing: neighbourhoods, then asset dots and the practice on top at a constant size whatever the
 * zoom. Styles are SVG attributes, not CSS, so a downloaded copy looks the same as the page. Catchment
 * areas carry their code in `data-lsoa`, which the map's click handler reads.
 */
export function MapMarks({
  idPrefix,
  width,
  height,
  areas,
  fillOf,
  points,
  practice,
  zoom,
  selected,
}: MapMarksProps) {
  const hatch = `${idPrefix}-no-data`;
  const at = (point: { x: number; y: number }) => ({
    x: point.x * zoom.k + zoom.x,
    y: point.y * zoom.k + zoom.y,
  });
  const selectedArea = selected ? areas.find((area) => area.code === selected && area.catchment) : undefined;
  const practiceAt = practice ? at(practice) : null;
  return (
    <>
      <defs>
        <NoDataPattern id={hatch} />
      </defs>
      <rect width={width} height={height} fill="#ffffff" />
      <g transform={`translate(${round(zoom.x)} ${round(zoom.y)}) scale(${round(zoom.k)})`}>
        {areas.map((area) => (
          <path
            key={area.code}
            d={area.d}
            data-lsoa={area.catchment ? area.code : undefined}
            fill={area.catchment ? (fillOf(area.code) ?? `url(#${hatch})`) : NEIGHBOUR_FILL}
            stroke={area.catchment ? CATCHMENT_STROKE : NEIGHBOUR_STROKE}
            strokeWidth={area.catchment ? 0.6 : 0.5}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {selectedArea ? (
          <g fill="none" vectorEffect="non-scaling-stroke" strokeLinejoin="round">
            <path d={selectedArea.d} stroke="#212b32" strokeWidth={5} vectorEffect="non-scaling-stroke" />
            <path d={selectedArea.d} stroke="#ffeb3b" strokeWidth={2.5} vectorEffect="non-scaling-stroke" />
          </g>
        ) : null}
      </g>
      <g fill={ASSET_STYLE.fill} stroke={ASSET_STYLE.stroke} strokeWidth={1.5}>
        {points.map((point) => {
          const { x, y } = at(point);
          return <circle key={point.id} cx={round(x)} cy={round(y)} r={4} />;
        })}
      </g>
      {practiceAt ? (
        <rect
          x={round(practiceAt.x - 7)}
          y={round(practiceAt.y - 7)}
          width={14}
          height={14}
          fill={PRACTICE_STYLE.fill}
          stroke={PRACTICE_STYLE.stroke}
          strokeWidth={2}
        />
      ) : null}
    </>
  );
}

/** Grey diagonal hatching for "no data": reads as missing, not as a low value, in colour or greyscale. */
export function NoDataPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill="#ffffff" />
      <line x1={0} y1={0} x2={0} y2={6} stroke="#768692" strokeWidth={2} />
    </pattern>
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
