import type { RefObject } from "react";
import { useHydrated } from "~/utils/use-hydrated";
import { downloadBlob, serialiseSvg, svgToPng } from "./download-file";

export interface SvgDocument {
  text: string;
  width: number;
  height: number;
}

/** The SVG on the page behind `ref`, as a standalone document for download. */
export function svgFromRef(ref: RefObject<SVGSVGElement | null>): () => SvgDocument | null {
  return () => {
    const svg = ref.current;
    if (!svg) return null;
    const { width, height } = svg.getBoundingClientRect();
    return { text: serialiseSvg(svg), width: Math.round(width), height: Math.round(height) };
  };
}

/**
 * CSV, SVG and PNG downloads for one chart. They work in the browser alone, so they appear only once the
 * page is interactive; without JavaScript the table beside the chart still carries every number.
 */
export function ChartDownloads({
  fileName,
  csv,
  svg,
}: {
  fileName: string;
  csv: () => string;
  svg?: () => SvgDocument | null | Promise<SvgDocument | null>;
}) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <ul className="app-chart-downloads" aria-label="Downloads">
      <li>
        <button
          type="button"
          className="app-link-button"
          onClick={() =>
            downloadBlob(new Blob([csv()], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`)
          }
        >
          Download data (CSV)
        </button>
      </li>
      {svg ? (
        <>
          <li>
            <button
              type="button"
              className="app-link-button"
              onClick={async () => {
                const document = await svg();
                if (document)
                  downloadBlob(new Blob([document.text], { type: "image/svg+xml" }), `${fileName}.svg`);
              }}
            >
              Download chart (SVG)
            </button>
          </li>
          <li>
            <button
              type="button"
              className="app-link-button"
              onClick={async () => {
                const document = await svg();
                if (!document) return;
                downloadBlob(
                  await svgToPng(document.text, document.width, document.height),
                  `${fileName}.png`,
                );
              }}
            >
              Download chart (PNG)
            </button>
          </li>
        </>
      ) : null}
    </ul>
  );
}
