import type { NeedAssetsRow, Quadrant } from "~/data/queries/need-assets";

export const quadrantLabels: Record<Quadrant, string> = {
  priority: "Priority: higher need, fewer assets",
  high_need_more_assets: "Higher need, more assets",
  lower_need_fewer_assets: "Lower need, fewer assets",
  lower_need_more_assets: "Lower need, more assets",
};

/** The title's finding: which practices fall in the priority quadrant for this theme. */
export function needAssetsFinding(rows: NeedAssetsRow[], themeLabel: string): string {
  const priority = rows.filter((row) => row.quadrant === "priority");
  const placed = rows.filter((row) => row.quadrant != null).length;
  if (placed === 0) return `${themeLabel}: no practice has both need and asset figures yet`;
  if (priority.length === 0) return `${themeLabel}: no practice combines higher need with fewer assets`;
  const names = priority.map((row) => row.practice_name);
  const listed = names.length <= 3 ? `: ${names.join(", ").replace(/, ([^,]*)$/, " and $1")}` : "";
  return `${themeLabel}: ${priority.length} of ${placed} practices have higher need and fewer assets${listed}`;
}
