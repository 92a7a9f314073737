import { Link } from "@remix-run/react";
import { ScrollableTable } from "~/components/scrollable-table";
import type { PracticeAssetRow, PracticeSupplyRow } from "~/data/queries/practice-assets";
import { formatDecimal } from "~/utils/format";

/**
 * "What's around": for each theme, how many community assets serve the practice's patients' areas, per
 * 10,000 patients against other practices, and the nearest-to-most-patients examples.
 */
export function WhatsAround({
  supply,
  assets,
  pcnCode,
}: {
  supply: PracticeSupplyRow[];
  assets: PracticeAssetRow[];
  pcnCode: string | null;
}) {
  if (supply.every((row) => row.assets_contributing == null)) {
    return <p>This build has no community asset data for this practice's area.</p>;
  }
  const fewest = [...supply]
    .filter((row) => row.supply_percentile != null)
    .sort((a, b) => (a.supply_percentile ?? 0) - (b.supply_percentile ?? 0))[0];
  const title = fewest
    ? `Fewest assets for ${fewest.label.toLowerCase()}: ${formatDecimal(fewest.per_10k, 1)} per 10,000 patients, fewer than ${formatDecimal(100 - (fewest.supply_percentile ?? 0), 0)}% of practices`
    : "Community assets in the practice's catchment";
  return (
    <section className="app-chart" aria-labelledby="whats-around-title">
      <h3 id="whats-around-title">{title}</h3>
      <p className="nhsuk-body-s">
        Assets count towards a practice in proportion to the share of its patients living in the asset's area.
        {pcnCode ? (
          <>
            {" "}
            <Link to={`/pcns/${pcnCode}/need-and-assets`}>Compare need and assets across the PCN</Link>.
          </>
        ) : null}
      </p>
      <ScrollableTable labelledBy="whats-around-title">
        <table className="nhsuk-table app-matrix-table">
          <caption className="nhsuk-u-visually-hidden">{title}</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Theme</th>
              <th scope="col" className="app-numeric">
                Assets
              </th>
              <th scope="col" className="app-numeric">
                Per 10,000 patients
              </th>
              <th scope="col">Where most patients live</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {supply.map((row) => (
              <tr key={row.theme}>
                <th scope="row" className="nhsuk-table__cell">
                  {row.label}
                </th>
                <td className="nhsuk-table__cell app-numeric">{row.assets_contributing ?? 0}</td>
                <td className="nhsuk-table__cell app-numeric">
                  {formatDecimal(row.per_10k, 2)}
                  {row.supply_percentile != null ? (
                    <span className="app-table-subhead">
                      percentile {formatDecimal(row.supply_percentile, 0)}
                    </span>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell">
                  <ul className="nhsuk-list app-compact-list">
                    {assets
                      .filter((asset) => asset.theme === row.theme)
                      .map((asset) => (
                        <li key={asset.asset_id}>
                          {asset.name}
                          {asset.category ? ` (${asset.category})` : ""}
                        </li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
    </section>
  );
}
