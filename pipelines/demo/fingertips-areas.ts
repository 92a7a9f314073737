import { areaTypes, england } from "./fingertips-export.ts";
import { practicesInCodeOrder } from "./practices.ts";
import type { World } from "./world.ts";

/**
 * The areas a Fingertips practice export reports on besides England: ICBs (parent England), PCNs (parent
 * their ICB) and practices (parent their PCN), each with the practices whose counts it adds up.
 */
export interface ReportingArea {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly parent: { readonly code: string; readonly name: string };
  readonly practices: readonly number[];
}

export function reportingAreas(world: World): ReportingArea[] {
  const byCode = (a: { code: string }, b: { code: string }) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  const practiceOrder = practicesInCodeOrder(world.practices);
  const icbMembers = world.areas.icbs.map(() => [] as number[]);
  const pcnMembers = world.pcns.map(() => [] as number[]);
  for (const p of practiceOrder) {
    const practice = world.practices[p];
    if (!practice) continue;
    icbMembers[practice.icbIndex]?.push(p);
    pcnMembers[practice.pcnIndex]?.push(p);
  }
  const icbs = world.areas.icbs.map((icb) => ({
    code: icb.onsCode,
    name: icb.name,
    type: areaTypes.icb,
    parent: england,
    practices: icbMembers[icb.index] ?? [],
  }));
  const pcns = world.pcns.map((pcn) => {
    const icb = world.areas.icbs[pcn.icbIndex];
    return {
      code: pcn.code,
      name: pcn.name,
      type: areaTypes.pcn,
      parent: { code: icb?.onsCode ?? "", name: icb?.name ?? "" },
      practices: pcnMembers[pcn.index] ?? [],
    };
  });
  const practices = practiceOrder.map((p) => {
    const practice = world.practices[p];
    const pcn = practice ? world.pcns[practice.pcnIndex] : undefined;
    return {
      code: practice?.code ?? "",
      name: practice?.name ?? "",
      type: areaTypes.practice,
      parent: { code: pcn?.code ?? "", name: pcn?.name ?? "" },
      practices: [p],
    };
  });
  return [...icbs.sort(byCode), ...pcns.sort(byCode), ...practices];
}
