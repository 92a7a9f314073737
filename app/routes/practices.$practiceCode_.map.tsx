import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { boundaryCredit } from "~/components/charts/lsoa-map/boundary-credit";
import { LsoaMap } from "~/components/charts/lsoa-map/lsoa-map";
import { ALL_THEMES } from "~/components/charts/lsoa-map/map-controls";
import { availableLayers, MAP_LAYER_IDS } from "~/components/charts/lsoa-map/map-layers";
import {
  layerSummaries,
  prepareMapAreas,
  prepareMapAssets,
} from "~/components/charts/lsoa-map/prepare-map-data";
import { readBoundaries } from "~/components/charts/lsoa-map/read-boundaries.server";
import { renderLsoaMap } from "~/components/charts/lsoa-map/render-lsoa-map";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Breadcrumbs } from "~/components/nhs/breadcrumbs";
import { requireCurrentBuild } from "~/data/current-build.server";
import { serverQuery } from "~/data/engine.server";
import { requirePracticeSummary } from "~/data/practice-directory.server";
import { mapAssetsQuery } from "~/data/queries/map-assets";
import { mapCatchmentQuery } from "~/data/queries/map-catchment";
import { mapComparisonQuery } from "~/data/queries/map-comparison";
import { mapLsoaValuesQuery } from "~/data/queries/map-lsoa-values";
import { mapPracticeLocationQuery } from "~/data/queries/map-practice-location";

// `practiceCode_` keeps this page out of the profile's layout: /practices/<code>/map is a page of its own.
const routeParams = z.object({
  practiceCode: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.string().regex(/^[A-Z0-9]{3,10}$/)),
});

/** The address bar's state; a value a hand-edited URL may carry falls back to the default view. */
const mapSearch = z.object({
  layer: z.enum(MAP_LAYER_IDS).default("share").catch("share"),
  theme: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/)
    .default(ALL_THEMES)
    .catch(ALL_THEMES),
});

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Catchment map: ${data.practice.practice_name} – PCN population health`
      : "Catchment map – PCN population health",
  },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const parsedRoute = routeParams.safeParse(params);
  if (!parsedRoute.success) throw new Response("Not found", { status: 404 });
  const practice = parsedRoute.data.practiceCode;
  const build = await requireCurrentBuild();
  const search = mapSearch.parse(Object.fromEntries(new URL(request.url).searchParams));
  const summary = await requirePracticeSummary(practice);
  const [catchment, values, comparison, assetRows, [location], boundaries] = await Promise.all([
    serverQuery(mapCatchmentQuery, { practice }),
    serverQuery(mapLsoaValuesQuery, { practice }),
    serverQuery(mapComparisonQuery, { practice }),
    serverQuery(mapAssetsQuery, { practice }),
    serverQuery(mapPracticeLocationQuery, { practice }),
    readBoundaries(build.dir),
  ]);
  const points = new Map<string, { id: string; lon: number; lat: number }>();
  for (const row of assetRows)
    if (row.lon != null && row.lat != null)
      points.set(row.asset_id, { id: row.asset_id, lon: row.lon, lat: row.lat });
  const map = renderLsoaMap({
    boundaries: boundaries ?? new Map(),
    catchment,
    practice: location?.lon != null && location.lat != null ? { lon: location.lon, lat: location.lat } : null,
    points: [...points.values()],
  });
  const areas = prepareMapAreas(catchment, values, map, (code) => boundaries?.has(code) ?? false);
  const { assets, themes } = prepareMapAssets(assetRows, areas, map);
  const layers = availableLayers(new Set(values.map((row) => row.measure_id)));
  const input = (kind: string) => build.manifest.inputs.find((file) => file.kind === kind);
  const registrations = input("gp-registrations-by-lsoa");
  return {
    practice: summary,
    layer: layers.some((layer) => layer.id === search.layer) ? search.layer : "share",
    theme: themes.some((theme) => theme.theme === search.theme) ? search.theme : ALL_THEMES,
    data: {
      practiceName: summary.practice_name,
      map,
      areas,
      assets,
      themes,
      layerIds: layers.map((layer) => layer.id),
      summaries: layerSummaries(comparison),
      sources: {
        registrations: registrations
          ? `${registrations.title}${registrations.periods.length ? `, extract ${registrations.periods.join(", ")}` : ""}`
          : null,
        boundaries: boundaryCredit(
          map.areas.map((area) => area.code),
          input("lsoa-boundaries")?.periods[0] ?? null,
        ),
      },
    },
  };
}

export default function PracticeMapPage() {
  const { practice, layer, theme, data } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", text: "Practices" },
          ...(practice.pcn_code
            ? [{ href: `/pcns/${practice.pcn_code}`, text: practice.pcn_name ?? practice.pcn_code }]
            : []),
          { href: `/practices/${practice.practice_code}`, text: practice.practice_name },
        ]}
      />
      <span className="nhsuk-caption-l">Catchment map</span>
      <h1>Where {practice.practice_name}'s patients live</h1>
      <LsoaMap
        id="catchment-map"
        data={data}
        initialLayer={layer}
        initialTheme={theme}
        fileName={`${practice.practice_code}-catchment`}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
