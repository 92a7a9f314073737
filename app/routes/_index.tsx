import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BrowserQueryStatusText } from "~/components/browser-query-status";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PracticeFilters } from "~/components/practice-table/practice-filters";
import { PracticeTable } from "~/components/practice-table/practice-table";
import { requireCurrentBuild } from "~/data/current-build.server";
import { serverQuery } from "~/data/engine.server";
import { icbListQuery } from "~/data/queries/icb-list";
import { pcnListQuery } from "~/data/queries/pcn-list";
import { practiceListParams, practiceListQuery } from "~/data/queries/practice-list";
import { useBrowserQuery } from "~/data/use-browser-query";
import { formValues, replaceSearchParams } from "~/utils/url-state";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Practices in ${data.areaName} – PCN population health`
      : "Practices – PCN population health",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const build = await requireCurrentBuild();
  const params = practiceListParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [practices, pcns, icbs] = await Promise.all([
    serverQuery(practiceListQuery, params),
    serverQuery(pcnListQuery, {}),
    serverQuery(icbListQuery, {}),
  ]);
  const total = pcns.reduce((sum, pcn) => sum + pcn.practices, 0);
  const areaName = icbs.length === 1 && icbs[0] ? icbs[0].icb_name : "England";
  return { params, practices, pcns, total, areaName, dataBaseUrl: `/data/${build.version}` };
}

export default function PracticesPage() {
  const data = useLoaderData<typeof loader>();
  const { rows, status, run } = useBrowserQuery(data.dataBaseUrl, practiceListQuery, data.practices);

  const requery = (form: HTMLFormElement) => {
    const values = formValues(form);
    replaceSearchParams(values);
    void run(practiceListParams.parse(values));
  };

  return (
    <>
      <h1>Practices in {data.areaName}</h1>
      <p className="nhsuk-lede-text">
        Deprivation of each practice's registered population, from the English Indices of Deprivation 2019.
      </p>
      <h2 className="nhsuk-heading-m">Primary care networks</h2>
      <ul className="nhsuk-list app-pcn-list">
        {data.pcns.map((pcn) => (
          <li key={pcn.pcn_code}>
            <Link to={`/pcns/${pcn.pcn_code}`}>{pcn.pcn_name}</Link>{" "}
            <span className="nhsuk-u-secondary-text-colour">({pcn.practices} practices)</span>
          </li>
        ))}
      </ul>
      <h2 className="nhsuk-heading-m">Practices</h2>
      <PracticeFilters pcns={data.pcns} params={data.params} onChange={requery} />
      <BrowserQueryStatusText status={status}>
        Showing {rows.length} of {data.total} practices.
      </BrowserQueryStatusText>
      <PracticeTable rows={rows} caption={`Practices in ${data.areaName} by deprivation`} />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          <strong>How the practice score is made:</strong> the Index of Multiple Deprivation (IMD) 2019 score
          of each small area (LSOA) where the practice's patients live, weighted by how many of them live
          there, as OHID does for its practice deprivation indicator (Fingertips 93553). Deciles rank the
          practices in this build: 1 is the most deprived tenth.
        </p>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
