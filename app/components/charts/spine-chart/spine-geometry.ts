import type { PracticeProfileRow } from "~/data/queries/practice-profile";

/**
 * Positions on a Fingertips-style spine, from -1 (left edge) to 1 (right edge), with the comparator's value at
 * 0. Where an indicator has a polarity, the worst practice is drawn on the left and the best on the right;
 * with no polarity, lowest on the left. The farther extreme from the comparator sets the scale, so the
 * comparator always sits in the middle and every row shares the same reading (as OHID's profiles do).
 */
export interface SpineGeometry {
  left: number;
  q1: number;
  q3: number;
  right: number;
  practice: number | null;
  pcn: number | null;
  /** Values at the two ends, for labels: what "left" and "right" are in the indicator's units. */
  leftValue: number;
  rightValue: number;
  centreValue: number;
  centreIsComparator: boolean;
}

type SpineInput = Pick<
  PracticeProfileRow,
  | "polarity"
  | "value"
  | "comparator_value"
  | "pcn_value"
  | "peer_min"
  | "peer_q1"
  | "peer_q3"
  | "peer_max"
  | "peer_median"
>;

export function spineGeometry(row: SpineInput): SpineGeometry | null {
  const { peer_min: min, peer_max: max, peer_q1: q1, peer_q3: q3 } = row;
  if (min == null || max == null || q1 == null || q3 == null) return null;
  const centreIsComparator = row.comparator_value != null;
  const centre = row.comparator_value ?? row.peer_median ?? (min + max) / 2;
  const direction = row.polarity === "higher_is_worse" ? -1 : 1;
  const halfWidth = Math.max(Math.abs(min - centre), Math.abs(max - centre)) || 1;
  const position = (value: number) => clamp((direction * (value - centre)) / halfWidth);
  const [left, right] = sortPair(position(min), position(max));
  const [quartileLeft, quartileRight] = sortPair(position(q1), position(q3));
  return {
    left,
    q1: quartileLeft,
    q3: quartileRight,
    right,
    practice: row.value == null ? null : position(row.value),
    pcn: row.pcn_value == null ? null : position(row.pcn_value),
    leftValue: direction === 1 ? min : max,
    rightValue: direction === 1 ? max : min,
    centreValue: centre,
    centreIsComparator,
  };
}

function sortPair(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** Values outside the peers (e.g. a PCN value when comparing within the ICB) are pinned to the edge. */
function clamp(position: number): number {
  // `|| 0` turns -0 into 0, so equal values compare equal however the direction flipped them.
  return Math.max(-1, Math.min(1, position)) || 0;
}
