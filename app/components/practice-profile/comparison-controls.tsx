import { Form } from "@remix-run/react";
import type { FormEvent } from "react";
import { COMPARATORS, type Comparator } from "~/data/comparator";

/**
 * Comparator and period choice as a GET form: without JavaScript the server redraws the page; with it,
 * `onChange` re-queries in the browser instead.
 */
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
      aria-label="Comparison"
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="comparator">
          Compare with
        </label>
        <select className="nhsuk-select" id="comparator" name="comparator" defaultValue={comparator}>
          {COMPARATORS.map((option) => (
            <option key={option} value={option}>
              {comparatorNames[option]}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="period">
          Period
        </label>
        <select className="nhsuk-select" id="period" name="period" defaultValue={period ?? ""}>
          <option value="">Latest for each indicator</option>
          {periods.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Update
        </button>
      </div>
    </Form>
  );
}
