import type { DemoAsset } from "./asset-catalogue.ts";

/**
 * Contact details that cannot reach anyone: telephone numbers from Ofcom's range for drama
 * (01632 960000–960999), addresses and web sites under example.org (RFC 2606).
 */
export function telephone(asset: DemoAsset, offset = 0): string {
  return `01632 960${String((asset.serial * 37 + offset * 101) % 1000).padStart(3, "0")}`;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function email(asset: DemoAsset): string {
  return `${slug(asset.name).slice(0, 30)}@example.org`;
}

export function website(asset: DemoAsset): string {
  return `https://example.org/${asset.layout}/${slug(asset.name)}`;
}

export function address(asset: DemoAsset): string {
  return `${asset.street}, ${asset.town}`;
}
