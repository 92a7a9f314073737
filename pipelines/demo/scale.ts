/**
 * The two sizes of fictional world. Distances in the world model are measured in grid cells: one cell is
 * one LSOA, and LSOAs hold roughly equal populations (ONS builds them that way), so a distance in cells is
 * a distance in "neighbourhoods", small in a city and large in the country once mapped to lon/lat.
 */
export const demoScales = ["pcn", "england"] as const;
export type DemoScale = (typeof demoScales)[number];

export interface ScaleConfig {
  readonly scale: DemoScale;
  /** LSOA grid size. */
  readonly cols: number;
  readonly rows: number;
  /** ICBs as a grid of blocks over the LSOA grid, and local authority districts as blocks within each ICB. */
  readonly icbBlocks: { readonly across: number; readonly down: number };
  readonly ladBlocksPerIcb: { readonly across: number; readonly down: number };
  readonly subIcbsPerIcb: { readonly min: number; readonly max: number };
  readonly practices: { readonly min: number; readonly max: number };
  /** PCNs per ICB (pcn scale) or practices per PCN (england scale), see practices.ts. */
  readonly pcnsPerIcb: { readonly min: number; readonly max: number } | null;
  readonly towns: number;
  /** Where the grid sits: south-west corner and the size of one cell before the towns pull cells in. */
  readonly originLon: number;
  readonly originLat: number;
  readonly cellKm: number;
  /** Mean deprivation of this world in national standard deviations (the demo ICB is poorer than average). */
  readonly deprivationShift: number;
  /**
   * How many LSOAs the national IMD ranks count. The pcn world is a slice of England, so its ranks are
   * read off the national distribution of 32,844 LSOAs (IoD2019); the england world ranks itself.
   */
  readonly nationalLsoaCount: number | null;
}

export const scaleConfigs: Readonly<Record<DemoScale, ScaleConfig>> = {
  pcn: {
    scale: "pcn",
    cols: 18,
    rows: 16,
    icbBlocks: { across: 1, down: 1 },
    ladBlocksPerIcb: { across: 2, down: 1 },
    subIcbsPerIcb: { min: 2, max: 2 },
    practices: { min: 38, max: 42 },
    pcnsPerIcb: { min: 3, max: 5 },
    towns: 3,
    originLon: -1.62,
    originLat: 52.72,
    cellKm: 0.9,
    deprivationShift: 0.45,
    nationalLsoaCount: 32_844,
  },
  england: {
    scale: "england",
    cols: 206,
    rows: 164,
    icbBlocks: { across: 7, down: 6 },
    ladBlocksPerIcb: { across: 2, down: 4 },
    subIcbsPerIcb: { min: 1, max: 3 },
    practices: { min: 6_280, max: 6_320 },
    pcnsPerIcb: null,
    towns: 70,
    originLon: -3.9,
    originLat: 51.45,
    cellKm: 1.6,
    deprivationShift: 0,
    nationalLsoaCount: null,
  },
};
