import type { ReactNode } from "react";
import type { BrowserQueryStatus } from "~/data/use-browser-query";

/** Announces a browser re-query's progress to screen readers and shows it, after any fixed lead text. */
export function BrowserQueryStatusText<Params>({
  status,
  children,
}: {
  status: BrowserQueryStatus<Params>;
  children?: ReactNode;
}) {
  return (
    <p className="app-status" role="status" aria-live="polite">
      {children}
      {status.state === "loading" ? " Updating…" : null}
      {status.state === "done" ? ` Updated in your browser in ${Math.round(status.milliseconds)} ms.` : null}
      {status.state === "error" ? ` Could not update in the browser: ${status.message}` : null}
    </p>
  );
}
