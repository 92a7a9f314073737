/** A small line of an indicator's values over time; decorative beside the trend words, so hidden from AT. */
export function Sparkline({
  values,
  width = 72,
  height = 22,
}: {
  values: (number | null)[];
  width?: number;
  height?: number;
}) {
  const points = values.flatMap((value, index) => (value == null ? [] : [{ index, value }]));
  if (points.length < 2) return null;
  const min = Math.min(...points.map((p) => p.value));
  const max = Math.max(...points.map((p) => p.value));
  const span = max - min || 1;
  const x = (index: number) => 2 + (index / (values.length - 1)) * (width - 4);
  const y = (value: number) => height - 3 - ((value - min) / span) * (height - 6);
  const path = points
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(p.index).toFixed(1)} ${y(p.value).toFixed(1)}`)
    .join(" ");
  const last = points.at(-1);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} fill="none" stroke="#005eb8" strokeWidth={1.5} />
      {last ? <circle cx={x(last.index)} cy={y(last.value)} r={2.5} fill="#005eb8" /> : null}
    </svg>
  );
}
