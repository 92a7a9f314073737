import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";

type StatusHandler = (info: { status: number; data: unknown }) => ReactNode;

const defaultHandlers: Record<number, StatusHandler> = {
  404: () => (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can go to the <Link to="/">list of practices</Link> to find what you need.
      </p>
    </>
  ),
  503: () => (
    <>
      <h1>No data has been built yet</h1>
      <p>
        The dashboard shows the figures the data pipeline makes from your source files, and there are none
        yet.
      </p>
      <p>
        To see the demo data, run <code>npm start</code>. To use your own downloads, run{" "}
        <code>npm run pipeline -- --input path/to/downloads</code>, then reload this page.
      </p>
    </>
  ),
};

/**
 * The one error boundary every route re-exports. Known statuses get a page in the site's own words;
 * anything else is a service problem, shown without internals (details go to the server log).
 */
export function GeneralErrorBoundary({
  statusHandlers = {},
}: {
  statusHandlers?: Record<number, StatusHandler>;
}) {
  const error = useRouteError();
  const handlers = { ...defaultHandlers, ...statusHandlers };
  if (isRouteErrorResponse(error)) {
    const handler = handlers[error.status];
    if (handler) return <>{handler({ status: error.status, data: error.data })}</>;
  }
  // Expected statuses are part of the journey; anything else is a fault worth a console line for whoever debugs.
  if (typeof document !== "undefined") console.error(error);
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later.</p>
      <p>
        If the problem continues, ask your data team to check that the latest data build finished. You can go
        back to the <Link to="/">list of practices</Link>.
      </p>
    </>
  );
}
