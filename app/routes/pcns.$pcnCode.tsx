import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { z } from "zod";
import { BrowserQueryStatusText } from "~/components/browser-query-status";
import { InequalityTable } from "~/components/charts/inequality/inequality-table";
import { matrixFinding } from "~/components/charts/practice-matrix/matrix-finding";
import { type MatrixSort, PracticeMatrixTable } from "~/components/charts/practice-matrix/practice-matrix";
import { preparePracticeMatrix } from "~/components/charts/practice-matrix/prepare-practice-matrix";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Breadcrumbs } from "~/components/nhs/breadcrumbs";
import { SelectField } from "~/components/nhs/select-field";
import { RequeryForm } from "~/components/requery-form";
import { COMPARATORS, type Comparator } from "~/data/comparator";
import { requireCurrentBuild } from "~/data/current-build.server";
import { serverQuery } from "~/data/engine.server";
import { areaCodeField } from "~/data/fields";
import { groupByTheme, themeLabel } from "~/data/group-by-theme";
import { icbInequalityQuery } from "~/data/queries/icb-inequality";
import { indicatorListQuery } from "~/data/queries/indicator-list";
import { type PcnNeedSummaryRow, pcnNeedSummaryQuery } from "~/data/queries/need-assets";
import { pcnOverviewParams, pcnOverviewQuery } from "~/data/queries/pcn-overview";
import { pcnSummaryQuery } from "~/data/queries/pcn-summary";
import { useBrowserQuery } from "~/data/use-browser-query";
import { formatInteger } from "~/utils/format";
import { formValues, replaceSearchParams } from "~/utils/url-state";

const routeParams = z.object({ pcnCode: areaCodeField });
const viewParams = z.object({
  theme: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  sort: z
    .string()
    .regex(/^[a-z0-9_]{1,60}$/)
    .default("name")
    .catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
});
type ViewParams = z.infer<typeof viewParams>;

/** A theme the build has no indicators for (a stale or hand-edited link) shows every indicator instead. */
function knownTheme(view: ViewParams, indicators: { theme: string }[]): ViewParams {
  return view.theme && !indicators.some((indicator) => indicator.theme === view.theme)
    ? { ...view, theme: undefined }
    : view;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.pcn.pcn_name} – PCN population health` : "PCN – PCN population health" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const route = routeParams.safeParse(params);
  if (!route.success) throw new Response("Not found", { status: 404 });
  const build = await requireCurrentBuild();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const [pcn] = await serverQuery(pcnSummaryQuery, { pcn: route.data.pcnCode });
  if (!pcn) throw new Response("Not found", { status: 404 });
  const overviewParams = pcnOverviewParams.parse({ ...search, pcn: pcn.pcn_code });
  const [overview, indicators, inequality, needSummary] = await Promise.all([
    serverQuery(pcnOverviewQuery, overviewParams),
    serverQuery(indicatorListQuery, {}),
    pcn.icb_code ? serverQuery(icbInequalityQuery, { icb: pcn.icb_code }) : Promise.resolve([]),
    serverQuery(pcnNeedSummaryQuery, { pcn: pcn.pcn_code }),
  ]);
  return {
    pcn,
    overview,
    indicators,
    inequality,
    needSummary,
    overviewParams,
    view: knownTheme(viewParams.parse(search), indicators),
    dataBaseUrl: `/data/${build.version}`,
  };
}

export default function PcnOverviewPage() {
  const data = useLoaderData<typeof loader>();
  const { pcn } = data;
  const { rows, status, run } = useBrowserQuery(data.dataBaseUrl, pcnOverviewQuery, data.overview);
  const [view, setView] = useState<ViewParams>(data.view);
  const comparator =
    (status.state === "done" ? status.params.comparator : undefined) ?? data.overviewParams.comparator;
  const comparatorNames: Record<Comparator, string> = {
    england: "England",
    icb: pcn.icb_name ?? "ICB",
    pcn: pcn.pcn_name,
  };
  const themes = groupByTheme(data.indicators).map((group) => group.theme);
  const matrix = preparePracticeMatrix(rows, data.indicators, {
    theme: view.theme,
    sort: view.sort,
    dir: view.dir,
  });

  const urlState = (next: Partial<ViewParams & { comparator: Comparator }>) => ({
    comparator: next.comparator ?? comparator,
    theme: "theme" in next ? next.theme : view.theme,
    sort: next.sort ?? view.sort,
    dir: next.dir ?? view.dir,
  });
  const hrefFor = (state: Record<string, string | undefined>) =>
    `?${new URLSearchParams(Object.entries(state).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString()}`;

  const onControls = (form: HTMLFormElement) => {
    const values = formValues(form);
    const nextComparator = pcnOverviewParams.shape.comparator.parse(values.comparator);
    const nextView = viewParams.parse({ ...view, theme: values.theme || undefined });
    setView(nextView);
    replaceSearchParams(urlState({ ...nextView, comparator: nextComparator }));
    if (nextComparator !== comparator) void run({ pcn: pcn.pcn_code, comparator: nextComparator });
  };
  const onSort = (next: MatrixSort) => {
    const nextView = { ...view, ...next };
    setView(nextView);
    replaceSearchParams(urlState(nextView));
  };

  const theme = view.theme ? themeLabel(view.theme) : "All indicators";
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Practices" }]} />
      <span className="nhsuk-caption-l">Primary care network</span>
      <h1>{pcn.pcn_name}</h1>
      <p className="nhsuk-lede-text">
        {pcn.practices} practices with {formatInteger(pcn.list_size)} registered patients
        {pcn.icb_name ? `, in ${pcn.icb_name}` : ""}.
      </p>

      <h2>Practices compared</h2>
      <RequeryForm label="Comparison" submitText="Update" onChange={onControls}>
        <SelectField
          id="comparator"
          name="comparator"
          label="Compare with"
          defaultValue={data.overviewParams.comparator}
          options={COMPARATORS.map((option) => ({ value: option, label: comparatorNames[option] }))}
        />
        <SelectField
          id="theme"
          name="theme"
          label="Theme"
          defaultValue={data.view.theme ?? ""}
          options={[
            { value: "", label: "All indicators" },
            ...themes.map((option) => ({ value: option, label: themeLabel(option) })),
          ]}
        />
        <input type="hidden" name="sort" value={view.sort} />
        <input type="hidden" name="dir" value={view.dir} />
      </RequeryForm>
      <BrowserQueryStatusText status={status} />
      <PracticeMatrixTable
        id="matrix"
        title={`${theme}: ${matrixFinding(matrix, comparatorNames[comparator])}`}
        matrix={matrix}
        comparatorLabel={comparatorNames[comparator]}
        sort={{ sort: view.sort, dir: view.dir }}
        sortHref={(next) => hrefFor(urlState(next))}
        onSort={onSort}
        fileName={`${pcn.pcn_code}-practices-vs-${comparator}`}
      />
      <p className="nhsuk-body-s app-chart__footnote">
        Latest period of each indicator. Comparisons use 95% confidence intervals, as OHID's Fingertips does.
      </p>

      <h2>Need against community assets</h2>
      <NeedSummary pcnCode={pcn.pcn_code} rows={data.needSummary} />

      <h2>Inequality across {pcn.icb_name ?? "the ICB"}'s practices</h2>
      {data.inequality.length > 0 ? (
        <InequalityTable
          id="inequality"
          rows={data.inequality}
          areaName={pcn.icb_name ?? "the ICB"}
          fileName={`${pcn.icb_code}-inequality-by-deprivation`}
        />
      ) : (
        <p>
          Inequality by deprivation is measured across an ICB's practices when at least 10 of them have
          values; this build has too few.
        </p>
      )}
    </>
  );
}

/** Per theme, the practices in the priority quadrant, each theme linking to its need-and-assets page. */
function NeedSummary({ pcnCode, rows }: { pcnCode: string; rows: PcnNeedSummaryRow[] }) {
  if (rows.every((row) => row.placed === 0)) {
    return <p>This build has no community asset data, so need cannot yet be set against assets.</p>;
  }
  return (
    <ul className="nhsuk-list app-need-summary">
      {rows.map((row) => (
        <li key={row.theme}>
          <Link to={`/pcns/${pcnCode}/need-and-assets?theme=${row.theme}`}>{row.label}</Link>:{" "}
          {row.priority === 0
            ? "no practice with higher need and fewer assets"
            : `${row.priority} of ${row.placed} practices with higher need and fewer assets (${row.priority_practices.join(", ")})`}
        </li>
      ))}
    </ul>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
