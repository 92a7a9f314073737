import { Link } from "@remix-run/react";

export interface Crumb {
  href: string;
  text: string;
}

/** NHS.UK breadcrumb: the trail of parent pages; the current page is the h1, so it is not repeated here. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const parent = items.at(-1);
  if (!parent) return null;
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {items.map((item) => (
          <li key={item.href} className="nhsuk-breadcrumb__list-item">
            <Link className="nhsuk-breadcrumb__link" to={item.href}>
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
      {/* NHS.UK shows only this back link on narrow screens, in place of the full trail. */}
      <Link className="nhsuk-back-link" to={parent.href}>
        <span className="nhsuk-u-visually-hidden">Back to </span>
        {parent.text}
      </Link>
    </nav>
  );
}
