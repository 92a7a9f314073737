import type { ReactNode } from "react";

/** NHS.UK footer; the meta area carries the data attribution the Open Government Licence requires. */
export function Footer({ children }: { children: ReactNode }) {
  return (
    <footer className="nhsuk-footer">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">{children}</div>
      </div>
    </footer>
  );
}
