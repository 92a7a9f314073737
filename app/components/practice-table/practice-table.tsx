import { Link } from "@remix-run/react";
import { ScrollableTable } from "~/components/scrollable-table";
import type { PracticeListRow } from "~/data/queries/practice-list";
import { formatDecimal, formatInteger } from "~/utils/format";

/** The practice list as an NHS.UK table; the same markup is rendered by the server and after a browser re-query. */
export function PracticeTable({ rows, caption }: { rows: PracticeListRow[]; caption: string }) {
  return (
    <ScrollableTable labelledBy="practice-table-caption">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption" id="practice-table-caption">
          {caption}
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Practice</th>
            <th scope="col">Primary care network</th>
            <th scope="col" className="app-numeric">
              Registered patients
            </th>
            <th scope="col" className="app-numeric">
              IMD 2019 score
            </th>
            <th scope="col" className="app-numeric">
              IMD decile <span className="nhsuk-u-visually-hidden">(1 is most deprived)</span>
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.practice_code} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__cell">
                <Link to={`/practices/${row.practice_code}`}>{row.practice_name}</Link>{" "}
                <span className="nhsuk-u-secondary-text-colour">({row.practice_code})</span>
              </th>
              <td className="nhsuk-table__cell">
                {row.pcn_code ? <Link to={`/pcns/${row.pcn_code}`}>{row.pcn_name}</Link> : "Not in a PCN"}
              </td>
              <td className="nhsuk-table__cell app-numeric">{formatInteger(row.list_size)}</td>
              <td className="nhsuk-table__cell app-numeric">{formatDecimal(row.imd_score)}</td>
              <td className="nhsuk-table__cell app-numeric">{row.imd_decile ?? "No data"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
