import { icbOdsCode, icbOnsCode, ladCode, lsoaCode, subIcbOdsCode, subIcbOnsCode } from "./codes.ts";
import type { PlaceNames } from "./names.ts";
import type { Random } from "./random.ts";
import type { ScaleConfig } from "./scale.ts";

/**
 * Administrative areas over the LSOA grid: ICBs as blocks of the grid, local authority districts as blocks
 * within an ICB, sub-ICB locations as runs of districts (they mostly follow former CCGs, which followed
 * councils), and LSOAs named the ONS way: district name, MSOA number counted from the north, letter.
 */
export interface Icb {
  readonly index: number;
  readonly onsCode: string;
  readonly odsCode: string;
  /** "NHS Quenford and Brellmoor Integrated Care Board" */
  readonly name: string;
  /** "Quenford and Brellmoor", for sub-ICB names. */
  readonly place: string;
}

export interface SubIcb {
  readonly index: number;
  readonly onsCode: string;
  readonly odsCode: string;
  readonly name: string;
  readonly icbIndex: number;
}

export interface Lad {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly icbIndex: number;
  readonly subIcbIndex: number;
}

export interface Lsoa {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  /** Grid cell, row-major from the south-west. */
  readonly cell: number;
  readonly ladIndex: number;
}

export interface Areas {
  readonly icbs: readonly Icb[];
  readonly subIcbs: readonly SubIcb[];
  readonly lads: readonly Lad[];
  /** In code order. */
  readonly lsoas: readonly Lsoa[];
  /** LSOA index of each grid cell. */
  readonly lsoaOfCell: Int32Array;
}

/** ONS MSOAs hold four to six LSOAs: here a tile of 3 × 2 cells. */
const msoaTile = { across: 3, down: 2 } as const;
const lsoaLetters = "ABCDEF";

function splitPoints(length: number, parts: number): number[] {
  return Array.from({ length: parts + 1 }, (_, i) => Math.round((i * length) / parts));
}

export function buildAreas(random: Random, config: ScaleConfig, names: PlaceNames): Areas {
  const icbs: Icb[] = [];
  const subIcbs: SubIcb[] = [];
  const lads: Lad[] = [];
  const lsoas: Lsoa[] = [];
  const lsoaOfCell = new Int32Array(config.cols * config.rows).fill(-1);
  const icbCols = splitPoints(config.cols, config.icbBlocks.across);
  const icbRows = splitPoints(config.rows, config.icbBlocks.down);

  // ICBs from the north-west, as the eye reads a map.
  for (let bj = config.icbBlocks.down - 1; bj >= 0; bj -= 1) {
    for (let bi = 0; bi < config.icbBlocks.across; bi += 1) {
      const icbIndex = icbs.length;
      const place = random.chance(0.4) ? `${names.next()} and ${names.next()}` : names.next();
      icbs.push({
        index: icbIndex,
        onsCode: icbOnsCode(icbIndex),
        odsCode: icbOdsCode(icbIndex),
        name: `NHS ${place} Integrated Care Board`,
        place,
      });
      const block = {
        c0: icbCols[bi] ?? 0,
        c1: icbCols[bi + 1] ?? 0,
        r0: icbRows[bj] ?? 0,
        r1: icbRows[bj + 1] ?? 0,
      };
      const ladCount = config.ladBlocksPerIcb.across * config.ladBlocksPerIcb.down;
      const subIcbCount = random.int(config.subIcbsPerIcb.min, Math.min(config.subIcbsPerIcb.max, ladCount));
      const firstSubIcb = subIcbs.length;
      for (let s = 0; s < subIcbCount; s += 1) {
        const index = subIcbs.length;
        const odsCode = subIcbOdsCode(index);
        subIcbs.push({
          index,
          onsCode: subIcbOnsCode(index),
          odsCode,
          name: `NHS ${place} ICB - ${odsCode}`,
          icbIndex,
        });
      }
      addLads(config, block, icbIndex, firstSubIcb, subIcbCount, names, lads, lsoas, lsoaOfCell);
    }
  }
  return { icbs, subIcbs, lads, lsoas, lsoaOfCell };
}

function addLads(
  config: ScaleConfig,
  block: { c0: number; c1: number; r0: number; r1: number },
  icbIndex: number,
  firstSubIcb: number,
  subIcbCount: number,
  names: PlaceNames,
  lads: Lad[],
  lsoas: Lsoa[],
  lsoaOfCell: Int32Array,
): void {
  const { across, down } = config.ladBlocksPerIcb;
  const ladCols = splitPoints(block.c1 - block.c0, across).map((x) => x + block.c0);
  const ladRows = splitPoints(block.r1 - block.r0, down).map((y) => y + block.r0);
  const ladCount = across * down;
  let ladInIcb = 0;
  for (let lj = down - 1; lj >= 0; lj -= 1) {
    for (let li = 0; li < across; li += 1) {
      const ladIndex = lads.length;
      const name = names.next();
      lads.push({
        index: ladIndex,
        code: ladCode(ladIndex),
        name,
        icbIndex,
        subIcbIndex: firstSubIcb + Math.floor((ladInIcb * subIcbCount) / ladCount),
      });
      ladInIcb += 1;
      const area = {
        c0: ladCols[li] ?? 0,
        c1: ladCols[li + 1] ?? 0,
        r0: ladRows[lj] ?? 0,
        r1: ladRows[lj + 1] ?? 0,
      };
      addLsoas(config, area, ladIndex, name, lsoas, lsoaOfCell);
    }
  }
}

function addLsoas(
  config: ScaleConfig,
  area: { c0: number; c1: number; r0: number; r1: number },
  ladIndex: number,
  ladName: string,
  lsoas: Lsoa[],
  lsoaOfCell: Int32Array,
): void {
  let msoaNumber = 0;
  // MSOAs are numbered from the north of the district, as ONS numbers them.
  for (let tr = area.r1; tr > area.r0; tr -= msoaTile.down) {
    for (let tc = area.c0; tc < area.c1; tc += msoaTile.across) {
      msoaNumber += 1;
      let letter = 0;
      for (let r = tr - 1; r >= Math.max(area.r0, tr - msoaTile.down); r -= 1) {
        for (let c = tc; c < Math.min(area.c1, tc + msoaTile.across); c += 1) {
          const index = lsoas.length;
          const cell = r * config.cols + c;
          lsoas.push({
            index,
            code: lsoaCode(index),
            name: `${ladName} ${String(msoaNumber).padStart(3, "0")}${lsoaLetters[letter]}`,
            cell,
            ladIndex,
          });
          lsoaOfCell[cell] = index;
          letter += 1;
        }
      }
    }
  }
}
