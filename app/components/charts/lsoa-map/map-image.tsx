import { renderToStaticMarkup } from "react-dom/server";
import type { SvgDocument } from "../chart-downloads";
import type { ColourClass } from "./colour-classes";
import { ASSET_STYLE, MapMarks, NoDataPattern, PRACTICE_STYLE } from "./map-marks";
import type { RenderedMap } from "./render-lsoa-map";
import { wrapText } from "./wrap-text";
import type { ZoomState } from "./zoom-state";

const MARGIN = 12;
const TITLE_LINE = 20;
const LEGEND_ROW = 20;
const CREDIT_LINE = 14;

/**
 * The map as a standalone image for slides and reports: the title, the map as the reader has zoomed it, its
 * key and its sources, so the picture still says what it shows away from the page. Loaded only when someone
 * downloads it.
 */
export function mapImage(input: {
  title: string;
  map: RenderedMap;
  fillOf: (code: string) => string | null;
  points: readonly { id: string; x: number; y: number }[];
  zoom: ZoomState;
  legend: readonly ColourClass[];
  legendHeading: string;
  noData: boolean;
  /** The asset symbol's key entry, when assets are drawn. */
  assetsLabel: string | null;
  credit: string;
}): SvgDocument {
  const { map } = input;
  const width = map.width + 2 * MARGIN;
  const titleLines = wrapText(input.title, 70);
  const creditLines = wrapText(input.credit, 105);
  const mapTop = MARGIN + titleLines.length * TITLE_LINE + 8;
  const legendTop = mapTop + map.height + 16;
  const legendRows = input.legend.map((item) => ({ colour: item.colour, label: item.label }));
  const symbols = [
    ...(input.noData ? [{ key: "no-data", label: "No data" }] : []),
    ...(input.assetsLabel ? [{ key: "asset", label: input.assetsLabel }] : []),
    ...(map.practice ? [{ key: "practice", label: "The practice" }] : []),
  ];
  const creditTop = legendTop + (legendRows.length + symbols.length + 1) * LEGEND_ROW + 8;
  const height = creditTop + creditLines.length * CREDIT_LINE + MARGIN;
  const markup = renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="Arial, Helvetica, sans-serif"
    >
      <title>{input.title}</title>
      <defs>
        <NoDataPattern id="legend-no-data" />
      </defs>
      <rect width={width} height={height} fill="#ffffff" />
      {titleLines.map((line, index) => (
        <text
          key={line}
          x={MARGIN}
          y={MARGIN + 15 + index * TITLE_LINE}
          fontSize={16}
          fontWeight="bold"
          fill="#212b32"
        >
          {line}
        </text>
      ))}
      <svg
        x={MARGIN}
        y={mapTop}
        width={map.width}
        height={map.height}
        viewBox={`0 0 ${map.width} ${map.height}`}
        aria-hidden="true"
      >
        <MapMarks
          idPrefix="map"
          width={map.width}
          height={map.height}
          areas={map.areas}
          fillOf={input.fillOf}
          points={input.points}
          practice={map.practice}
          zoom={input.zoom}
        />
      </svg>
      <rect x={MARGIN} y={mapTop} width={map.width} height={map.height} fill="none" stroke="#d8dde0" />
      <text x={MARGIN} y={legendTop + 12} fontSize={13} fontWeight="bold" fill="#212b32">
        {input.legendHeading}
      </text>
      {legendRows.map((row, index) => (
        <g key={row.label} transform={`translate(${MARGIN} ${legendTop + (index + 1) * LEGEND_ROW})`}>
          <rect width={14} height={14} fill={row.colour} stroke="#4c6272" />
          <text x={22} y={12} fontSize={13} fill="#212b32">
            {row.label}
          </text>
        </g>
      ))}
      {symbols.map((symbol, index) => (
        <g
          key={symbol.key}
          transform={`translate(${MARGIN} ${legendTop + (legendRows.length + index + 1) * LEGEND_ROW})`}
        >
          {symbol.key === "no-data" ? (
            <rect width={14} height={14} fill="url(#legend-no-data)" stroke="#4c6272" />
          ) : symbol.key === "asset" ? (
            <circle
              cx={7}
              cy={7}
              r={4}
              fill={ASSET_STYLE.fill}
              stroke={ASSET_STYLE.stroke}
              strokeWidth={1.5}
            />
          ) : (
            <rect
              width={14}
              height={14}
              fill={PRACTICE_STYLE.fill}
              stroke={PRACTICE_STYLE.stroke}
              strokeWidth={2}
            />
          )}
          <text x={22} y={12} fontSize={13} fill="#212b32">
            {symbol.label}
          </text>
        </g>
      ))}
      {creditLines.map((line, index) => (
        <text key={line} x={MARGIN} y={creditTop + 11 + index * CREDIT_LINE} fontSize={11} fill="#4c6272">
          {line}
        </text>
      ))}
    </svg>,
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}
