import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { BrowserQueryStatusText } from "~/components/browser-query-status";
import { PopulationPyramid } from "~/components/charts/population-pyramid/population-pyramid";
import { preparePyramid } from "~/components/charts/population-pyramid/prepare-pyramid";
import { SpineChart } from "~/components/charts/spine-chart/spine-chart";
import { SpineLegend } from "~/components/charts/spine-chart/spine-legend";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Breadcrumbs } from "~/components/nhs/breadcrumbs";
import { ComparisonControls } from "~/components/practice-profile/comparison-controls";
import { WhatsAround } from "~/components/practice-profile/whats-around";
import type { Comparator } from "~/data/comparator";
import { requireCurrentBuild } from "~/data/current-build.server";
import { serverQuery } from "~/data/engine.server";
import { practiceCodeField } from "~/data/fields";
import { groupByTheme } from "~/data/group-by-theme";
import { requirePracticeSummary } from "~/data/practice-directory.server";
import { indicatorTrendsQuery } from "~/data/queries/indicator-trends";
import { periodListQuery } from "~/data/queries/period-list";
import { practiceAgeSexParamsFor, practiceAgeSexQuery } from "~/data/queries/practice-age-sex";
import { practiceAssetsQuery, practiceSupplyQuery } from "~/data/queries/practice-assets";
import { practiceProfileParamsFor, practiceProfileQuery } from "~/data/queries/practice-profile";
import { useBrowserQuery } from "~/data/use-browser-query";
import { formatInteger } from "~/utils/format";
import { formValues, replaceSearchParams } from "~/utils/url-state";

const routeParams = z.object({
  practiceCode: z.string().trim().toUpperCase().pipe(practiceCodeField),
});

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.practice.practice_name} – PCN population health`
      : "Practice – PCN population health",
  },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const parsedRoute = routeParams.safeParse(params);
  if (!parsedRoute.success) throw new Response("Not found", { status: 404 });
  const practice = parsedRoute.data.practiceCode;
  const build = await requireCurrentBuild();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const summary = await requirePracticeSummary(practice);
  const profileParams = practiceProfileParamsFor(summary, search);
  // Slowest first: each goes to the least busy DuckDB connection, so the two slow ones start side by side
  // and the quick ones share what is left, instead of one slow query queueing behind the other.
  const [profile, assets, ageSex, trendRows, supply, periods] = await Promise.all([
    serverQuery(practiceProfileQuery, profileParams),
    serverQuery(practiceAssetsQuery, { practice }),
    // England's age profile only where the build says it is England's (a regional single-age file's
    // "England" is its own practices); otherwise the ICB stands in.
    serverQuery(
      practiceAgeSexQuery,
      practiceAgeSexParamsFor(summary, { nationalAges: build.manifest.coverage?.national_ages === true }),
    ),
    serverQuery(indicatorTrendsQuery, { area: practice }),
    serverQuery(practiceSupplyQuery, { practice }),
    serverQuery(periodListQuery, {}),
  ]);
  const trends: Record<string, (number | null)[]> = {};
  for (const row of trendRows) trends[row.indicator_id] = [...(trends[row.indicator_id] ?? []), row.value];
  return {
    practice: summary,
    profile,
    profileParams,
    trends,
    periods: periods.map((p) => p.period),
    pyramid: preparePyramid(ageSex),
    supply,
    assets,
    dataBaseUrl: `/data/${build.version}`,
  };
}

export default function PracticeProfilePage() {
  const data = useLoaderData<typeof loader>();
  const { practice } = data;
  const { rows, status, run } = useBrowserQuery(data.dataBaseUrl, practiceProfileQuery, data.profile);
  // The comparator shown follows the last query that finished, so labels and numbers always agree.
  const comparator =
    (status.state === "done" ? status.params.comparator : undefined) ?? data.profileParams.comparator;
  const comparatorNames: Record<Comparator, string> = {
    england: "England",
    icb: practice.icb_name ?? "ICB",
    pcn: practice.pcn_name ?? "PCN",
  };
  const peerLabels: Record<Comparator, string> = {
    england: "all practices in this data",
    icb: `practices in ${comparatorNames.icb}`,
    pcn: `practices in ${comparatorNames.pcn}`,
  };

  const requery = (form: HTMLFormElement) => {
    const values = formValues(form);
    replaceSearchParams(values);
    void run(practiceProfileParamsFor(practice, values));
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", text: "Practices" },
          ...(practice.pcn_code
            ? [{ href: `/pcns/${practice.pcn_code}`, text: practice.pcn_name ?? practice.pcn_code }]
            : []),
        ]}
      />
      <span className="nhsuk-caption-l">Practice profile</span>
      <h1>{practice.practice_name}</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Practice code</dt>
          <dd className="nhsuk-summary-list__value">{practice.practice_code}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Primary care network</dt>
          <dd className="nhsuk-summary-list__value">
            {practice.pcn_code ? (
              <Link to={`/pcns/${practice.pcn_code}`}>{practice.pcn_name}</Link>
            ) : (
              "Not in a PCN"
            )}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Integrated care board</dt>
          <dd className="nhsuk-summary-list__value">{practice.icb_name ?? "Not known"}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Registered patients</dt>
          <dd className="nhsuk-summary-list__value">{formatInteger(practice.list_size)}</dd>
        </div>
      </dl>

      <p>
        <Link to={`/practices/${practice.practice_code}/map`}>
          See where the practice's patients live, on a map
        </Link>
      </p>

      <h2>How the practice compares</h2>
      <ComparisonControls
        comparator={data.profileParams.comparator}
        comparatorNames={comparatorNames}
        period={data.profileParams.period}
        periods={data.periods}
        onChange={requery}
      />
      <BrowserQueryStatusText status={status} />
      <SpineLegend comparatorLabel={comparatorNames[comparator]} />
      {groupByTheme(rows).map((group) => (
        <SpineChart
          key={group.theme}
          id={`theme-${group.theme}`}
          theme={group.label}
          rows={group.rows}
          trends={data.trends}
          comparatorLabel={comparatorNames[comparator]}
          peerLabel={peerLabels[comparator]}
          fileName={`${practice.practice_code}-${group.theme}-vs-${comparator}`}
        />
      ))}
      <h2>Who is registered</h2>
      {data.pyramid ? (
        <PopulationPyramid
          id="age-sex"
          pyramid={data.pyramid}
          fileName={`${practice.practice_code}-age-sex`}
        />
      ) : (
        <p>This build has no registrations by age for this practice.</p>
      )}
      <h2>What's around</h2>
      <WhatsAround supply={data.supply} assets={data.assets} pcnCode={practice.pcn_code} />
      <p className="nhsuk-body-s app-chart__footnote">
        Comparisons use 95% confidence intervals, as OHID's Fingertips does: a value is similar when its
        interval contains the comparator's value. Sources and definitions:{" "}
        <Link to="/about-the-data">about the data</Link>.
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
