import { Form } from "@remix-run/react";
import type { FormEvent, ReactNode } from "react";

/**
 * The controls of a page that re-queries in the browser. It is a GET form, so with JavaScript off its button
 * asks the server for the same page with new parameters; with JavaScript on, every change goes to
 * `onChange` instead and nothing reaches the server.
 */
export function RequeryForm({
  label,
  submitText,
  onChange,
  children,
}: {
  label: string;
  submitText: string;
  onChange?: (form: HTMLFormElement) => void;
  children: ReactNode;
}) {
  const handle = (event: FormEvent<HTMLFormElement>) => {
    if (!onChange) return;
    event.preventDefault();
    onChange(event.currentTarget);
  };
  return (
    <Form method="get" className="app-table-controls" onChange={handle} onSubmit={handle} aria-label={label}>
      {children}
      <div className="nhsuk-form-group">
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          {submitText}
        </button>
      </div>
    </Form>
  );
}
