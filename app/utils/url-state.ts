/**
 * Reflect browser-side state in the address bar without a navigation, so a filtered view can be shared
 * and reloads to the same numbers (the server reads the same parameters). Remix keeps its own key in
 * history.state, so that is carried over rather than replaced.
 */
export function replaceSearchParams(params: Record<string, string | undefined>): void {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  window.history.replaceState(window.history.state, "", url);
}

export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) if (typeof value === "string") values[key] = value;
  return values;
}
