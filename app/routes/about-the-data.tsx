import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Breadcrumbs } from "~/components/nhs/breadcrumbs";
import { ScrollableTable } from "~/components/scrollable-table";
import { requireCurrentBuild } from "~/data/current-build.server";
import { serverQuery } from "~/data/engine.server";
import { indicatorCatalogueQuery } from "~/data/queries/indicator-catalogue";
import { formatInteger } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "About the data – PCN population health" }];

export async function loader() {
  const build = await requireCurrentBuild();
  const indicators = await serverQuery(indicatorCatalogueQuery, {});
  const { manifest } = build;
  return {
    version: build.version,
    createdAt: manifest.created_at,
    pipelineVersion: manifest.pipeline_version,
    inputs: manifest.inputs.map(({ file, title, rows, periods, sha256 }) => ({
      file,
      title,
      rows,
      periods,
      sha256,
    })),
    ignored: manifest.ignored,
    outputs: manifest.outputs.map(({ file, table, rows, schema }) => ({ file, table, rows, schema })),
    methods: manifest.methods,
    warnings: manifest.warnings,
    indicators,
  };
}

/** Where every figure comes from: the build's source files, methods, indicator definitions and raw tables. */
export default function AboutTheDataPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", text: "Practices" }]} />
      <h1>About the data</h1>
      <p className="nhsuk-lede-text">
        Data build <code>{data.version}</code>, made on {new Date(data.createdAt).toUTCString()} by pipeline
        version {data.pipelineVersion}.
      </p>

      <h2 id="indicators">Indicators</h2>
      <dl className="nhsuk-summary-list">
        {data.indicators.map((indicator) => (
          <div
            className="nhsuk-summary-list__row"
            key={indicator.indicator_id}
            id={`indicator-${indicator.indicator_id}`}
          >
            <dt className="nhsuk-summary-list__key">
              {indicator.name}
              <br />
              <span className="nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour">
                {indicator.theme}
              </span>
            </dt>
            <dd className="nhsuk-summary-list__value">
              <p>{indicator.definition}</p>
              <p className="nhsuk-body-s">
                <strong>Source:</strong> {indicator.source}. <strong>Method:</strong> {indicator.method}
              </p>
            </dd>
          </div>
        ))}
      </dl>

      <h2 id="sources">Source files</h2>
      <ScrollableTable labelledBy="sources">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            Files this build was made from
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">File</th>
              <th scope="col">Taken as</th>
              <th scope="col" className="app-numeric">
                Rows
              </th>
              <th scope="col">Periods</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {data.inputs.map((input) => (
              <tr key={input.file}>
                <td className="nhsuk-table__cell">
                  <code>{input.file}</code>
                  <br />
                  <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">
                    sha256 {input.sha256.slice(0, 16)}…
                  </span>
                </td>
                <td className="nhsuk-table__cell">{input.title}</td>
                <td className="nhsuk-table__cell app-numeric">{formatInteger(input.rows)}</td>
                <td className="nhsuk-table__cell">{input.periods.join(", ") || "Not applicable"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      {data.ignored.length > 0 ? (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Files not used ({data.ignored.length})</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul>
              {data.ignored.map((item) => (
                <li key={item.file}>
                  <code>{item.file}</code>: {item.reason}
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}

      <h2 id="methods">Methods</h2>
      <dl className="nhsuk-summary-list">
        {data.methods.map((method) => (
          <div className="nhsuk-summary-list__row" key={method.topic}>
            <dt className="nhsuk-summary-list__key">{method.topic}</dt>
            <dd className="nhsuk-summary-list__value">{method.text}</dd>
          </div>
        ))}
      </dl>
      {data.warnings.length > 0 ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Warnings from this build
          </h3>
          <ul>
            {data.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2 id="downloads">Download the tables</h2>
      <p>
        Each table is a Parquet file you can open in DuckDB, R (arrow), Python (pandas, polars) or Power BI.
        Their columns are listed in the build's <a href={`/data/${data.version}/manifest.json`}>manifest</a>.
      </p>
      <ul>
        {data.outputs.map((output) => (
          <li key={output.file}>
            <a href={`/data/${data.version}/${output.file}`} download>
              {output.table}
            </a>{" "}
            ({formatInteger(output.rows)} rows, {output.schema.length} columns)
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
