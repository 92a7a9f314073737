import { GeneralErrorBoundary } from "~/components/error-boundary";

// Unknown addresses reach this splat route so they get the site's own 404 page, inside the layout.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
