import type { Significance } from "~/data/comparator";
import { significanceFill } from "../significance-style";
import type { SpineGeometry } from "./spine-geometry";

export const SPINE_WIDTH = 240;
export const SPINE_HEIGHT = 26;

/** One spine: peer range, interquartile band, comparator line, PCN diamond and the practice's circle. */
export function SpineMarks({
  geometry,
  significance,
  x = 0,
  y = 0,
}: {
  geometry: SpineGeometry;
  significance: Significance | null;
  x?: number;
  y?: number;
}) {
  const half = SPINE_WIDTH / 2;
  const at = (position: number) => x + half + position * (half - 8);
  const mid = y + SPINE_HEIGHT / 2;
  return (
    <g>
      <rect
        x={at(geometry.left)}
        y={mid - 7}
        width={at(geometry.right) - at(geometry.left)}
        height={14}
        fill="#d8dde0"
      />
      <rect
        x={at(geometry.q1)}
        y={mid - 7}
        width={at(geometry.q3) - at(geometry.q1)}
        height={14}
        fill="#768692"
      />
      <line x1={at(0)} x2={at(0)} y1={y + 1} y2={y + SPINE_HEIGHT - 1} stroke="#212b32" strokeWidth={2} />
      {geometry.pcn != null ? (
        <path
          d={`M${at(geometry.pcn)} ${mid - 6} l6 6 l-6 6 l-6 -6 z`}
          fill="#ffffff"
          stroke="#212b32"
          strokeWidth={1.5}
        />
      ) : null}
      {geometry.practice != null ? (
        <circle
          cx={at(geometry.practice)}
          cy={mid}
          r={6}
          fill={significanceFill[significance ?? "not compared"]}
          stroke="#212b32"
          strokeWidth={1.5}
        />
      ) : null}
    </g>
  );
}
