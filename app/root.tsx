import type { LinksFunction, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import faviconIco from "nhsuk-frontend/dist/nhsuk/assets/images/favicon.ico?url";
import faviconSvg from "nhsuk-frontend/dist/nhsuk/assets/images/favicon.svg?url";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Footer } from "~/components/nhs/footer";
import { Header, type NavItem } from "~/components/nhs/header";
import { SkipLink } from "~/components/nhs/skip-link";
import { getCurrentBuild } from "~/data/current-build.server";
import styles from "~/styles/app.scss?url";

export const SERVICE_NAME = "PCN population health";

const navigation: NavItem[] = [
  { href: "/", text: "Practices" },
  { href: "/about-the-data", text: "About the data" },
];

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: faviconIco, sizes: "48x48" },
  { rel: "icon", href: faviconSvg, type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: SERVICE_NAME }];

export async function loader() {
  const build = await getCurrentBuild();
  return { build: build ? { version: build.version, createdAt: build.manifest.created_at } : null };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const { pathname } = useLocation();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SkipLink />
        <Header serviceName={SERVICE_NAME} navigation={navigation} currentPath={pathname} />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            {children}
          </main>
        </div>
        <Footer>
          <p className="nhsuk-body-s">
            Contains public sector information licensed under the Open Government Licence v3.0.
          </p>
          {data?.build ? (
            <p className="nhsuk-body-s">
              Data build <code>{data.build.version}</code>, made{" "}
              {new Date(data.build.createdAt).toUTCString()}.
            </p>
          ) : null}
        </Footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
