import { Form } from "@remix-run/react";
import type { FormEvent } from "react";
import type { PcnListRow } from "~/data/queries/pcn-list";
import {
  PRACTICE_SORT_KEYS,
  type PracticeListParams,
  type PracticeSortKey,
} from "~/data/queries/practice-list";

const sortLabels: Record<PracticeSortKey, string> = {
  imd_score: "IMD 2019 score",
  name: "Practice name",
  list_size: "Registered patients",
  pcn: "Primary care network",
};

/**
 * A GET form, so with JavaScript off the server filters and sorts; with JavaScript on, `onChange` hands the
 * form's values to the browser query instead and no request reaches the server.
 */
export function PracticeFilters({
  pcns,
  params,
  onChange,
}: {
  pcns: PcnListRow[];
  params: PracticeListParams;
  onChange?: (form: HTMLFormElement) => void;
}) {
  const handle = (event: FormEvent<HTMLFormElement>) => {
    if (!onChange) return;
    event.preventDefault();
    onChange(event.currentTarget);
  };
  return (
    <Form
      method="get"
      className="app-table-controls"
      onChange={handle}
      onSubmit={handle}
      aria-label="Filter and sort practices"
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-pcn">
          Primary care network
        </label>
        <select className="nhsuk-select" id="filter-pcn" name="pcn" defaultValue={params.pcn ?? ""}>
          <option value="">All networks</option>
          {pcns.map((pcn) => (
            <option key={pcn.pcn_code} value={pcn.pcn_code}>
              {pcn.pcn_name} ({pcn.practices})
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-q">
          Practice name or code
        </label>
        <input
          className="nhsuk-input nhsuk-input--width-20"
          id="filter-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
        />
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-sort">
          Sort by
        </label>
        <select className="nhsuk-select" id="filter-sort" name="sort" defaultValue={params.sort}>
          {PRACTICE_SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {sortLabels[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-dir">
          Order
        </label>
        <select className="nhsuk-select" id="filter-dir" name="dir" defaultValue={params.dir}>
          <option value="desc">Highest first</option>
          <option value="asc">Lowest first</option>
        </select>
      </div>
      <div className="nhsuk-form-group">
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" data-module="nhsuk-button">
          Apply
        </button>
      </div>
    </Form>
  );
}
