import { Link } from "@remix-run/react";
import type { MouseEvent } from "react";
import { ScrollableTable } from "~/components/scrollable-table";
import { formatInteger } from "~/utils/format";
import { formatIndicatorValue } from "~/utils/format-indicator";
import { ChartDownloads } from "../chart-downloads";
import { significancePhrase } from "../significance-style";
import { practiceMatrixCsv } from "./practice-matrix-csv";
import type { PracticeMatrix as Matrix, MatrixRow, MatrixSortKey } from "./prepare-practice-matrix";

export interface MatrixSort {
  sort: MatrixSortKey;
  dir: "asc" | "desc";
}

/**
 * Practices × indicators, each cell tinted by its comparison with the chosen comparator and saying it in
 * words. Column headers sort: they are links (the server sorts without JavaScript) that the page can take
 * over to sort in the browser.
 */
export function PracticeMatrixTable({
  id,
  title,
  matrix,
  comparatorLabel,
  sort,
  sortHref,
  onSort,
  fileName,
}: {
  id: string;
  title: string;
  matrix: Matrix;
  comparatorLabel: string;
  sort: MatrixSort;
  sortHref: (next: MatrixSort) => string;
  onSort?: (next: MatrixSort) => void;
  fileName: string;
}) {
  const header = (key: MatrixSortKey, label: string, numeric: boolean) => {
    const active = sort.sort === key;
    const next: MatrixSort = { sort: key, dir: active && sort.dir === "desc" ? "asc" : "desc" };
    const click = (event: MouseEvent<HTMLAnchorElement>) => {
      if (!onSort) return;
      event.preventDefault();
      onSort(next);
    };
    return (
      <th
        key={key}
        scope="col"
        className={numeric ? "app-numeric" : undefined}
        aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
      >
        <a href={sortHref(next)} onClick={click} className="app-sort-link">
          {label}
          <span className="nhsuk-u-visually-hidden">
            , sort {next.dir === "asc" ? "lowest" : "highest"} first
          </span>
        </a>
      </th>
    );
  };
  const valueCells = (row: MatrixRow) =>
    matrix.columns.map((column) => {
      const cell = row.cells[column.indicator_id];
      const significance = cell?.significance ?? null;
      return (
        <td
          key={column.indicator_id}
          className={`nhsuk-table__cell app-numeric app-sig app-sig--${(significance ?? "none").replace(" ", "-")}`}
        >
          {formatIndicatorValue(cell?.value, column.decimals, column.unit)}
          {row.areaType === "practice" && significance && significance !== "not compared" ? (
            <span className="app-table-subhead">
              {significancePhrase(significance, comparatorLabel).split(" ")[0]}
            </span>
          ) : null}
        </td>
      );
    });
  return (
    <section className="app-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ScrollableTable labelledBy={`${id}-title`}>
        <table className="nhsuk-table app-matrix-table">
          <caption className="nhsuk-u-visually-hidden">
            {title}. Each value is marked better, similar, worse, higher or lower than {comparatorLabel} at
            95% confidence.
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              {header("name", "Practice", false)}
              {header("list_size", "Patients", true)}
              {matrix.columns.map((column) => header(column.indicator_id, column.short_name, true))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {matrix.practices.map((row) => (
              <tr key={row.code}>
                <th scope="row" className="nhsuk-table__cell">
                  <Link to={`/practices/${row.code}`}>{row.name}</Link>
                </th>
                <td className="nhsuk-table__cell app-numeric">
                  {/* A regional build's England row sums only the practices it holds: no list size to show. */}
                  {row.areaType === "england" ? "–" : formatInteger(row.listSize)}
                </td>
                {valueCells(row)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {matrix.comparators.map((row) => (
              <tr key={row.code} className="app-matrix-foot">
                <th scope="row" className="nhsuk-table__cell">
                  {row.name}
                </th>
                <td className="nhsuk-table__cell app-numeric">
                  {/* A regional build's England row sums only the practices it holds: no list size to show. */}
                  {row.areaType === "england" ? "–" : formatInteger(row.listSize)}
                </td>
                {valueCells(row)}
              </tr>
            ))}
          </tfoot>
        </table>
      </ScrollableTable>
      <ChartDownloads fileName={fileName} csv={() => practiceMatrixCsv(matrix, comparatorLabel)} />
    </section>
  );
}
