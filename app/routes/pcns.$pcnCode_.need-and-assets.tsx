import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { BrowserQueryStatusText } from "~/components/browser-query-status";
import { QuadrantChart } from "~/components/charts/need-assets/quadrant-chart";
import { needAssetsFinding, quadrantLabels } from "~/components/charts/need-assets/quadrant-labels";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Breadcrumbs } from "~/components/nhs/breadcrumbs";
import { SelectField } from "~/components/nhs/select-field";
import { RequeryForm } from "~/components/requery-form";
import { ScrollableTable } from "~/components/scrollable-table";
import { requireCurrentBuild } from "~/data/current-build.server";
import { serverQuery } from "~/data/engine.server";
import { areaCodeField } from "~/data/fields";
import { assetThemeListQuery } from "~/data/queries/asset-theme-list";
import {
  type CatchmentAssetRow,
  catchmentAssetsQuery,
  type NeedAssetsRow,
  type NeedEvidenceRow,
  needAssetsQuery,
  needEvidenceQuery,
} from "~/data/queries/need-assets";
import { pcnSummaryQuery } from "~/data/queries/pcn-summary";
import { useBrowserQuery } from "~/data/use-browser-query";
import { formatDecimal } from "~/utils/format";
import { formatIndicatorValue } from "~/utils/format-indicator";
import { formValues, replaceSearchParams } from "~/utils/url-state";
import { formatCsv } from "../../pipelines/stats/csv";

const routeParams = z.object({ pcnCode: areaCodeField });

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Need and assets – ${data.pcn.pcn_name} – PCN population health` : "Need and assets" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const route = routeParams.safeParse(params);
  if (!route.success) throw new Response("Not found", { status: 404 });
  const build = await requireCurrentBuild();
  const [[pcn], themes] = await Promise.all([
    serverQuery(pcnSummaryQuery, { pcn: route.data.pcnCode }),
    serverQuery(assetThemeListQuery, {}),
  ]);
  if (!pcn) throw new Response("Not found", { status: 404 });
  const asked = new URL(request.url).searchParams.get("theme");
  const theme = themes.find((t) => t.theme === asked) ?? themes[0];
  if (!theme) throw new Response("This build has no need-and-assets themes", { status: 404 });
  const query = { pcn: pcn.pcn_code, theme: theme.theme };
  const [positions, evidence, assets] = await Promise.all([
    serverQuery(needAssetsQuery, query),
    serverQuery(needEvidenceQuery, query),
    serverQuery(catchmentAssetsQuery, query),
  ]);
  return {
    pcn,
    themes,
    theme: theme.theme,
    positions,
    evidence,
    assets,
    dataBaseUrl: `/data/${build.version}`,
  };
}

export default function NeedAndAssetsPage() {
  const data = useLoaderData<typeof loader>();
  const { pcn } = data;
  const positions = useBrowserQuery(data.dataBaseUrl, needAssetsQuery, data.positions);
  const evidence = useBrowserQuery(data.dataBaseUrl, needEvidenceQuery, data.evidence);
  const assets = useBrowserQuery(data.dataBaseUrl, catchmentAssetsQuery, data.assets);
  const theme = (positions.status.state === "done" ? positions.status.params.theme : undefined) ?? data.theme;
  const themeInfo = data.themes.find((t) => t.theme === theme) ?? data.themes[0];
  const label = themeInfo?.label ?? theme;
  const title = needAssetsFinding(positions.rows, label);

  const onChange = (form: HTMLFormElement) => {
    const values = formValues(form);
    replaceSearchParams({ theme: values.theme });
    const query = { pcn: pcn.pcn_code, theme: values.theme ?? "" };
    void Promise.all([positions.run(query), evidence.run(query), assets.run(query)]);
  };
  const status = positions.status;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", text: "Practices" },
          { href: `/pcns/${pcn.pcn_code}`, text: pcn.pcn_name },
        ]}
      />
      <span className="nhsuk-caption-l">{pcn.pcn_name}</span>
      <h1>Need against community assets</h1>
      <p className="nhsuk-lede-text">
        Where each practice's need on a theme is high and the community assets serving that theme near its
        patients are few. Positions are percentiles among all practices in this data.
      </p>
      <RequeryForm label="Theme" submitText="Show" onChange={onChange}>
        <SelectField
          id="theme"
          name="theme"
          label="Theme"
          defaultValue={data.theme}
          options={data.themes.map((option) => ({ value: option.theme, label: option.label }))}
        />
      </RequeryForm>
      <BrowserQueryStatusText status={status} />

      <section className="app-chart" aria-labelledby="quadrant-title">
        <h2 id="quadrant-title" className="nhsuk-heading-m">
          {title}
        </h2>
        <p className="nhsuk-body-s" id="quadrant-description">
          {themeInfo?.description} Need comes from the indicators listed for each practice below,
          direction-aware; assets are those serving the theme in the areas where the practice's patients live,
          weighted by how many of them live there, per 10,000 registered patients.
        </p>
        <QuadrantChart
          id="quadrant"
          title={title}
          rows={positions.rows}
          csv={() => needAssetsCsv(positions.rows, label)}
          fileName={`${pcn.pcn_code}-${theme}-need-and-assets`}
        />
        <NeedAssetsTable rows={positions.rows} evidence={evidence.rows} assets={assets.rows} />
      </section>
      <p className="nhsuk-body-s app-chart__footnote">
        Sources, methods and the theme rules are on <Link to="/about-the-data">about the data</Link>.
      </p>
    </>
  );
}

function NeedAssetsTable({
  rows,
  evidence,
  assets,
}: {
  rows: NeedAssetsRow[];
  evidence: NeedEvidenceRow[];
  assets: CatchmentAssetRow[];
}) {
  return (
    <ScrollableTable labelledBy="quadrant-title">
      <table className="nhsuk-table app-matrix-table">
        <caption className="nhsuk-u-visually-hidden">
          Each practice's need, assets and the figures behind them
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Practice</th>
            <th scope="col">Position</th>
            <th scope="col" className="app-numeric">
              Need percentile
            </th>
            <th scope="col">Indicators behind the need</th>
            <th scope="col" className="app-numeric">
              Assets per 10,000
            </th>
            <th scope="col">Assets that count most</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row, index) => (
            <tr key={row.practice_code}>
              <th scope="row" className="nhsuk-table__cell">
                <span className="app-dot-number" aria-hidden="true">
                  {index + 1}
                </span>{" "}
                <Link to={`/practices/${row.practice_code}`}>{row.practice_name}</Link>
              </th>
              <td className="nhsuk-table__cell">
                {row.quadrant ? quadrantLabels[row.quadrant] : "Not placed"}
              </td>
              <td className="nhsuk-table__cell app-numeric">{formatDecimal(row.need_percentile, 0)}</td>
              <td className="nhsuk-table__cell">
                <ul className="nhsuk-list app-compact-list">
                  {evidence
                    .filter((item) => item.practice_code === row.practice_code)
                    .map((item) => (
                      <li key={item.indicator_id}>
                        {item.short_name} {formatIndicatorValue(item.value, item.decimals, item.unit)} (
                        {item.period}; percentile {formatDecimal(item.need_percentile, 0)})
                      </li>
                    ))}
                </ul>
              </td>
              <td className="nhsuk-table__cell app-numeric">
                {formatDecimal(row.supply_per_10k, 2)}
                <span className="app-table-subhead">
                  percentile {formatDecimal(row.supply_percentile, 0)}
                </span>
              </td>
              <td className="nhsuk-table__cell">
                <AssetList
                  assets={assets.filter((asset) => asset.practice_code === row.practice_code)}
                  total={row.assets_contributing}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}

function AssetList({ assets, total }: { assets: CatchmentAssetRow[]; total: number | null }) {
  if (assets.length === 0) return <>None in the catchment</>;
  return (
    <>
      <ul className="nhsuk-list app-compact-list">
        {assets.map((asset) => (
          <li key={asset.asset_id}>
            {asset.name}
            {asset.category ? ` (${asset.category})` : ""}: {formatDecimal(asset.patient_share * 100)}% of
            patients live in its area
          </li>
        ))}
      </ul>
      {total != null && total > assets.length ? (
        <span className="app-table-subhead">and {total - assets.length} more</span>
      ) : null}
    </>
  );
}

function needAssetsCsv(rows: NeedAssetsRow[], themeLabel: string): string {
  const cell = (value: string | number | null) => (value == null ? "" : String(value));
  return formatCsv(
    [
      "theme",
      "practice_code",
      "practice_name",
      "quadrant",
      "need_percentile",
      "indicators_used",
      "supply_per_10k",
      "supply_percentile",
      "assets_contributing",
    ],
    rows.map((row) =>
      [
        themeLabel,
        row.practice_code,
        row.practice_name,
        row.quadrant,
        row.need_percentile,
        row.indicators_used,
        row.supply_per_10k,
        row.supply_percentile,
        row.assets_contributing,
      ].map(cell),
    ),
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
