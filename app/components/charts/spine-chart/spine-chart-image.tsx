import { renderToStaticMarkup } from "react-dom/server";
import type { PracticeProfileRow } from "~/data/queries/practice-profile";
import { formatIndicatorValue } from "~/utils/format-indicator";
import type { SvgDocument } from "../chart-downloads";
import type { SpineGeometry } from "./spine-geometry";
import { SPINE_WIDTH, SpineMarks } from "./spine-marks";

const LABEL_WIDTH = 300;
const ROW_HEIGHT = 34;

/**
 * The chart alone as an image for slides and reports: title, one labelled spine per indicator. Loaded only
 * when someone downloads it, so the renderer is not in the page's first JavaScript.
 */
export function spineChartImage(
  title: string,
  rows: { row: PracticeProfileRow; geometry: SpineGeometry | null }[],
): SvgDocument {
  const width = LABEL_WIDTH + SPINE_WIDTH + 20;
  const height = 40 + rows.length * ROW_HEIGHT;
  const markup = renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      fontFamily="Arial, Helvetica, sans-serif"
    >
      <title>{title}</title>
      <rect width={width} height={height} fill="#ffffff" />
      <text x={10} y={24} fontSize={15} fontWeight="bold" fill="#212b32">
        {title}
      </text>
      {rows.map(({ row, geometry }, index) => {
        const y = 40 + index * ROW_HEIGHT;
        return (
          <g key={row.indicator_id}>
            <text x={10} y={y + 17} fontSize={13} fill="#212b32">
              {row.short_name}: {formatIndicatorValue(row.value, row.decimals, row.unit)}
            </text>
            {geometry ? (
              <SpineMarks geometry={geometry} significance={row.significance} x={LABEL_WIDTH} y={y} />
            ) : null}
          </g>
        );
      })}
    </svg>,
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}
