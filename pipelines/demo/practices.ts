import type { Areas } from "./areas.ts";
import { pcnCode, postcode, practiceCode, practiceLetter } from "./codes.ts";
import { type Geography, pointInCell } from "./geography.ts";
import { type PlaceNames, practiceName } from "./names.ts";
import type { Neighbourhoods } from "./neighbourhoods.ts";
import type { Random } from "./random.ts";
import type { ScaleConfig } from "./scale.ts";

/**
 * GP practices and their primary care networks. Practices sit in LSOAs picked at random, so there are
 * about as many per head in a city as in the country (LSOAs hold similar populations); PCNs are runs of
 * neighbouring practices along a Hilbert curve inside one ICB, so each network is a compact patch.
 */
export interface Practice {
  readonly index: number;
  readonly code: string;
  /** Title case, as Fingertips prints it; NHS Digital files print it in capitals. */
  readonly name: string;
  readonly postcode: string;
  readonly lon: number;
  readonly lat: number;
  /** Position in grid cells, for catchment distances. */
  readonly u: number;
  readonly v: number;
  readonly lsoaIndex: number;
  readonly icbIndex: number;
  readonly subIcbIndex: number;
  readonly pcnIndex: number;
  /** Relative pull on patients (list size), log-normal around 1. */
  readonly attraction: number;
  /** Practice's own departure from its neighbourhoods' age mix, in standard deviations. */
  readonly olderOffset: number;
  /** 1 for a practice serving a university, 0 otherwise. */
  readonly students: number;
}

export interface Pcn {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly icbIndex: number;
}

export interface PracticeNetwork {
  readonly practices: readonly Practice[];
  readonly pcns: readonly Pcn[];
}

interface Site {
  cell: number;
  u: number;
  v: number;
  lon: number;
  lat: number;
  lsoaIndex: number;
  icbIndex: number;
  subIcbIndex: number;
  ladIndex: number;
}

export function buildPractices(
  random: Random,
  config: ScaleConfig,
  geography: Geography,
  areas: Areas,
  neighbourhoods: Neighbourhoods,
  names: PlaceNames,
): PracticeNetwork {
  const sites = pickSites(random.fork("sites"), config, geography, areas);
  const byIcb = areas.icbs.map(() => [] as Site[]);
  for (const site of sites) byIcb[site.icbIndex]?.push(site);

  const grouping = random.fork("pcns");
  const naming = random.fork("names");
  const traits = random.fork("traits");
  const coding = random.fork("codes");
  const practices: Practice[] = [];
  const pcns: Pcn[] = [];
  const usedPracticeNames = new Set<string>();
  const serialByLetter = new Map<string, number>();
  let pcnSerial = coding.int(10_000, 20_000);
  const curveOrder = hilbertOrder(Math.max(config.cols, config.rows));

  for (const [icbIndex, icbSites] of byIcb.entries()) {
    icbSites.sort((a, b) => hilbertIndex(curveOrder, a.u, a.v) - hilbertIndex(curveOrder, b.u, b.v));
    for (const group of pcnGroups(grouping, config, icbSites)) {
      const pcnIndex = pcns.length;
      pcnSerial += coding.int(3, 60);
      const pcnPlace = names.next();
      pcns.push({ index: pcnIndex, code: pcnCode(pcnSerial), name: `${pcnPlace} PCN`, icbIndex });
      for (const site of group) {
        const letter = practiceLetter(icbIndex);
        const serial = (serialByLetter.get(letter) ?? coding.int(1, 40)) + coding.int(1, 3);
        serialByLetter.set(letter, serial);
        const place = naming.chance(0.5) ? pcnPlace : (areas.lads[site.ladIndex]?.name ?? pcnPlace);
        let name = practiceName(naming, place);
        while (usedPracticeNames.has(name)) name = practiceName(naming, names.next());
        usedPracticeNames.add(name);
        const urban = neighbourhoods.urbanity[site.lsoaIndex] ?? 0;
        practices.push({
          index: practices.length,
          code: practiceCode(letter, serial),
          name,
          postcode: postcode(
            site.ladIndex,
            1 + Math.floor(site.ladIndex / 19),
            coding.int(1, 9),
            coding.int(0, 399),
          ),
          lon: site.lon,
          lat: site.lat,
          u: site.u,
          v: site.v,
          lsoaIndex: site.lsoaIndex,
          icbIndex,
          subIcbIndex: site.subIcbIndex,
          pcnIndex,
          attraction: Math.exp(0.45 * traits.normal()) * (traits.chance(0.04) ? 2.5 : 1),
          olderOffset: 0.3 * traits.normal(),
          students: urban > 0.5 && traits.chance(0.04) ? 1 : 0,
        });
      }
    }
  }
  return { practices, pcns };
}

/** Practice indices in practice-code order, the order NHS Digital files are sorted in. */
export function practicesInCodeOrder(practices: readonly Practice[]): number[] {
  // Plain code-unit comparison, not localeCompare: the order must not depend on the ICU build.
  const codeOf = (p: number) => practices[p]?.code ?? "";
  return practices
    .map((practice) => practice.index)
    .sort((a, b) => (codeOf(a) < codeOf(b) ? -1 : codeOf(a) > codeOf(b) ? 1 : 0));
}

function pickSites(random: Random, config: ScaleConfig, geography: Geography, areas: Areas): Site[] {
  const count = random.int(config.practices.min, config.practices.max);
  const cells = random
    .shuffled(Array.from({ length: config.cols * config.rows }, (_, cell) => cell))
    .slice(0, count);
  return cells.map((cell) => {
    const s = 0.2 + 0.6 * random.next();
    const t = 0.2 + 0.6 * random.next();
    const [lon, lat] = pointInCell(geography, cell, s, t);
    const lsoaIndex = areas.lsoaOfCell[cell] ?? -1;
    const lsoa = areas.lsoas[lsoaIndex];
    const lad = lsoa ? areas.lads[lsoa.ladIndex] : undefined;
    if (!lsoa || !lad) throw new Error(`Demo world: grid cell ${cell} has no LSOA`);
    return {
      cell,
      u: (cell % config.cols) + s,
      v: Math.floor(cell / config.cols) + t,
      lon,
      lat,
      lsoaIndex,
      icbIndex: lad.icbIndex,
      subIcbIndex: lad.subIcbIndex,
      ladIndex: lad.index,
    };
  });
}

/**
 * pcn scale: a few PCNs of near-equal size. england scale: PCNs of 2–10 practices, about five on
 * average, as in the ePCN file (6,300 practices in 1,250 PCNs).
 */
function pcnGroups(random: Random, config: ScaleConfig, sites: readonly Site[]): Site[][] {
  const groups: Site[][] = [];
  if (config.pcnsPerIcb) {
    const count = random.int(config.pcnsPerIcb.min, config.pcnsPerIcb.max);
    for (let g = 0; g < count; g += 1) {
      groups.push(
        sites.slice(Math.round((g * sites.length) / count), Math.round(((g + 1) * sites.length) / count)),
      );
    }
    return groups;
  }
  let start = 0;
  while (start < sites.length) {
    let size = 2;
    for (let k = 0; k < 8; k += 1) if (random.chance(0.38)) size += 1;
    if (sites.length - start - size < 2) size = sites.length - start;
    groups.push(sites.slice(start, start + size));
    start += size;
  }
  return groups;
}

function hilbertOrder(side: number): number {
  let order = 1;
  while (order < side) order *= 2;
  return order;
}

/** Position along a Hilbert curve filling an n × n square (n a power of two); the classic xy2d. */
function hilbertIndex(n: number, u: number, v: number): number {
  let x = Math.floor(u);
  let y = Math.floor(v);
  let d = 0;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = n - 1 - x;
        y = n - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}
