import { SelectField } from "~/components/nhs/select-field";
import { RequeryForm } from "~/components/requery-form";
import { COMPARATORS, type Comparator } from "~/data/comparator";

/** Choose the comparator and the period a practice's profile shows. */
export function ComparisonControls({
  comparator,
  comparatorNames,
  period,
  periods,
  onChange,
}: {
  comparator: Comparator;
  comparatorNames: Record<Comparator, string>;
  period: string | undefined;
  periods: string[];
  onChange?: (form: HTMLFormElement) => void;
}) {
  return (
    <RequeryForm label="Comparison" submitText="Update" onChange={onChange}>
      <SelectField
        id="comparator"
        name="comparator"
        label="Compare with"
        defaultValue={comparator}
        options={COMPARATORS.map((option) => ({ value: option, label: comparatorNames[option] }))}
      />
      <SelectField
        id="period"
        name="period"
        label="Period"
        defaultValue={period ?? ""}
        options={[
          { value: "", label: "Latest for each indicator" },
          ...periods.map((p) => ({ value: p, label: p })),
        ]}
      />
    </RequeryForm>
  );
}
