import { SelectField } from "~/components/nhs/select-field";
import { RequeryForm } from "~/components/requery-form";
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

/** Filter the practice list by PCN or name and choose its order. */
export function PracticeFilters({
  pcns,
  params,
  onChange,
}: {
  pcns: PcnListRow[];
  params: PracticeListParams;
  onChange?: (form: HTMLFormElement) => void;
}) {
  return (
    <RequeryForm label="Filter and sort practices" submitText="Apply" onChange={onChange}>
      <SelectField
        id="filter-pcn"
        name="pcn"
        label="Primary care network"
        defaultValue={params.pcn ?? ""}
        options={[
          { value: "", label: "All networks" },
          ...pcns.map((pcn) => ({ value: pcn.pcn_code, label: `${pcn.pcn_name} (${pcn.practices})` })),
        ]}
      />
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
      <SelectField
        id="filter-sort"
        name="sort"
        label="Sort by"
        defaultValue={params.sort}
        options={PRACTICE_SORT_KEYS.map((key) => ({ value: key, label: sortLabels[key] }))}
      />
      <SelectField
        id="filter-dir"
        name="dir"
        label="Order"
        defaultValue={params.dir}
        options={[
          { value: "desc", label: "Highest first" },
          { value: "asc", label: "Lowest first" },
        ]}
      />
    </RequeryForm>
  );
}
