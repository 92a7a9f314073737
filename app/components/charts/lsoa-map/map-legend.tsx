import type { ReactNode } from "react";
import type { ColourScale } from "./colour-classes";
import { ASSET_STYLE, NEIGHBOUR_FILL, NoDataPattern, PRACTICE_STYLE } from "./map-marks";

export interface MapLegendProps {
  id: string;
  heading: string;
  scale: ColourScale;
  noData: number;
  neighbours: boolean;
  assets: { label: string; count: number } | null;
  practice: boolean;
}

/**
 * The key to the map, in HTML beside it (so it reflows at 320 px and screen readers reach it): each class
 * with its range and how many neighbourhoods fall in it, then the symbols.
 */
export function MapLegend({ id, heading, scale, noData, neighbours, assets, practice }: MapLegendProps) {
  const plural = (n: number) => `${n} ${n === 1 ? "area" : "areas"}`;
  return (
    <div className="app-map-legend">
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" id={`${id}-legend`}>
        <strong>Key: {heading}</strong>
      </p>
      <ul className="app-legend app-map-legend__list" aria-labelledby={`${id}-legend`}>
        {scale.classes.map((item) => (
          <li key={item.label}>
            <span className="app-swatch app-map-legend__swatch" style={{ background: item.colour }} />
            <span>
              {item.label} <span className="app-map-legend__count">({plural(item.areas)})</span>
            </span>
          </li>
        ))}
        {noData > 0 ? (
          <li>
            <svg
              className="app-map-legend__swatch"
              width={16}
              height={16}
              aria-hidden="true"
              focusable="false"
            >
              <defs>
                <NoDataPattern id={`${id}-legend-hatch`} />
              </defs>
              <rect
                x={0.5}
                y={0.5}
                width={15}
                height={15}
                fill={`url(#${id}-legend-hatch)`}
                stroke="#4c6272"
              />
            </svg>
            <span>
              No data <span className="app-map-legend__count">({plural(noData)})</span>
            </span>
          </li>
        ) : null}
        {neighbours ? (
          <li>
            <span className="app-swatch app-map-legend__swatch" style={{ background: NEIGHBOUR_FILL }} />
            None of the practice's patients
          </li>
        ) : null}
        {assets ? (
          <li>
            <LegendSymbol>
              <circle
                cx={8}
                cy={8}
                r={4}
                fill={ASSET_STYLE.fill}
                stroke={ASSET_STYLE.stroke}
                strokeWidth={1.5}
              />
            </LegendSymbol>
            <span>
              {assets.label} <span className="app-map-legend__count">({assets.count} on the map)</span>
            </span>
          </li>
        ) : null}
        {practice ? (
          <li>
            <LegendSymbol>
              <rect
                x={1}
                y={1}
                width={14}
                height={14}
                fill={PRACTICE_STYLE.fill}
                stroke={PRACTICE_STYLE.stroke}
                strokeWidth={2}
              />
            </LegendSymbol>
            The practice
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** A 16 px key symbol drawn with the map's own marks; decorative beside its words. */
function LegendSymbol({ children }: { children: ReactNode }) {
  return (
    <svg className="app-map-legend__symbol" width={16} height={16} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
