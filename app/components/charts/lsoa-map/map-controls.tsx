import { Form } from "@remix-run/react";
import type { FormEvent } from "react";
import type { MapLayer, MapLayerId } from "./map-layers";
import type { MapTheme } from "./prepare-map-data";

export const ALL_THEMES = "all";

/**
 * Layer and asset theme as a GET form: without JavaScript the server redraws the map; with it, `onChange`
 * re-colours the map in the browser instead.
 */
export function MapControls({
  layers,
  layer,
  themes,
  theme,
  onChange,
}: {
  layers: readonly MapLayer[];
  layer: MapLayerId;
  themes: readonly MapTheme[];
  theme: string;
  onChange?: (values: { layer: string; theme: string }) => void;
}) {
  const handle = (event: FormEvent<HTMLFormElement>) => {
    if (!onChange) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onChange({ layer: String(data.get("layer") ?? ""), theme: String(data.get("theme") ?? "") });
  };
  return (
    <Form
      method="get"
      className="app-table-controls"
      onChange={handle}
      onSubmit={handle}
      aria-label="Map layers"
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="map-layer">
          Shade neighbourhoods by
        </label>
        <select className="nhsuk-select" id="map-layer" name="layer" defaultValue={layer}>
          {layers.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="map-theme">
          Show community assets for
        </label>
        <select className="nhsuk-select" id="map-theme" name="theme" defaultValue={theme}>
          <option value={ALL_THEMES}>All themes</option>
          {themes.map((option) => (
            <option key={option.theme} value={option.theme}>
              {option.label} ({option.assets})
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Update map
        </button>
      </div>
    </Form>
  );
}
