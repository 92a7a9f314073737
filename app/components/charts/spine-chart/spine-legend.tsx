import { significanceFill } from "../significance-style";

/** What the spine chart's marks mean, drawn with the same marks. */
export function SpineLegend({ comparatorLabel }: { comparatorLabel: string }) {
  const swatch = (fill: string) => (
    <svg width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="6" fill={fill} stroke="#212b32" strokeWidth="1.5" />
    </svg>
  );
  return (
    <ul className="app-legend" aria-label="Key to the spine charts">
      <li>
        {swatch(significanceFill.better)} Better than {comparatorLabel}
      </li>
      <li>{swatch(significanceFill.similar)} Similar</li>
      <li>{swatch(significanceFill.worse)} Worse</li>
      <li>{swatch(significanceFill.lower)} Lower (no better or worse)</li>
      <li>{swatch(significanceFill.higher)} Higher (no better or worse)</li>
      <li>
        <svg width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M7 1 l6 6 l-6 6 l-6 -6 z" fill="#ffffff" stroke="#212b32" strokeWidth="1.5" />
        </svg>{" "}
        PCN
      </li>
      <li>
        <svg width="4" height="16" aria-hidden="true" focusable="false">
          <rect width="2" height="16" x="1" fill="#212b32" />
        </svg>{" "}
        {comparatorLabel}
      </li>
    </ul>
  );
}
