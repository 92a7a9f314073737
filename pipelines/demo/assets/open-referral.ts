import type { Random } from "../random.ts";
import { createRandom } from "../random.ts";
import type { World } from "../world.ts";
import { BufferedFile } from "../writers/buffered-file.ts";
import type { WrittenFile } from "../writers/csv.ts";
import { assetCatalogue, type DemoAsset } from "./asset-catalogue.ts";
import { email, telephone, website } from "./contact-details.ts";

/**
 * `open-referral-services.json`: one page of an Open Referral UK 1.0 `/services` response (`content` with
 * nested `service_at_locations`, `service_taxonomys`, `regular_schedules`, `contacts`), as a council's
 * service directory serves it. Locations have coordinates and a postcode, or a postcode only. Among them, a
 * telephone helpline with no location, an inactive service, and a location in the next area.
 */
const SERVICES: readonly {
  name: string;
  description: string;
  terms: readonly string[];
  day: string;
  opens: string;
  closes: string;
}[] = [
  {
    name: "Carers Support Service",
    description: "Advice, breaks and a listening ear for unpaid carers.",
    terms: ["Carers", "Respite"],
    day: "Tuesday",
    opens: "09:00",
    closes: "17:00",
  },
  {
    name: "Debt and Benefits Advice",
    description: "Free, confidential help with debts, benefits and bills.",
    terms: ["Debt", "Benefits"],
    day: "Monday",
    opens: "09:30",
    closes: "16:30",
  },
  {
    name: "Diabetes Education Programme",
    description: "Structured education for people newly diagnosed with type 2 diabetes.",
    terms: ["Diabetes", "Healthy eating"],
    day: "Wednesday",
    opens: "10:00",
    closes: "12:30",
  },
  {
    name: "Befriending Service",
    description: "Weekly visits or calls from a volunteer for people who feel lonely.",
    terms: ["Befriending", "Loneliness"],
    day: "Thursday",
    opens: "10:00",
    closes: "16:00",
  },
  {
    name: "Digital Skills Sessions",
    description: "One-to-one help to get online, from email to video calls.",
    terms: ["Digital skills"],
    day: "Friday",
    opens: "13:00",
    closes: "15:00",
  },
  {
    name: "Falls Prevention Class",
    description: "Strength and balance exercise for older people.",
    terms: ["Older people", "Exercise"],
    day: "Monday",
    opens: "11:00",
    closes: "12:00",
  },
  {
    name: "Talking Therapies Drop-in",
    description: "Support for anxiety, low mood and stress.",
    terms: ["Mental health", "Counselling"],
    day: "Wednesday",
    opens: "17:00",
    closes: "20:00",
  },
  {
    name: "Healthy Walks",
    description: "Short led walks for people getting back into activity.",
    terms: ["Physical activity", "Walking"],
    day: "Saturday",
    opens: "10:00",
    closes: "11:00",
  },
  {
    name: "Warm Space and Lunch",
    description: "A warm room, hot drinks and lunch through the winter.",
    terms: ["Food", "Social activities"],
    day: "Thursday",
    opens: "11:00",
    closes: "15:00",
  },
  {
    name: "Housing Advice",
    description: "Help for people at risk of losing their home.",
    terms: ["Housing", "Homelessness"],
    day: "Tuesday",
    opens: "09:00",
    closes: "13:00",
  },
];

export function writeOpenReferral(world: World, path: string, file: string): WrittenFile {
  const assets = assetCatalogue(world).assets.filter((asset) => asset.layout === "open-referral");
  const random = createRandom(world.seed).fork("assets").fork("open-referral-ids");
  const services = assets.map((asset) => service(world, asset, random));
  const out = new BufferedFile(path);
  let bytes = 0;
  try {
    out.write(
      `{"totalElements":${services.length},"totalPages":1,"number":1,"size":${services.length},"first":true,"last":true,"content":[\n`,
    );
    out.write(services.map((entry) => JSON.stringify(entry)).join(",\n"));
    out.write("\n]}\n");
  } finally {
    bytes = out.close();
  }
  return { file, rows: services.length, bytes };
}

function service(world: World, asset: DemoAsset, random: Random) {
  const kind = SERVICES[asset.serial % SERVICES.length] ?? SERVICES[0];
  const name =
    asset.unplaceable === "no-location" ? `${asset.name} Helpline` : `${asset.name} ${kind?.name ?? ""}`;
  const location =
    asset.unplaceable === "no-location"
      ? []
      : [
          {
            id: uuid(random),
            location: {
              id: uuid(random),
              name: `${asset.name} Community Hub`,
              // Every third location carries a postcode only, as many directories' entries do.
              ...(asset.serial % 3 === 0 || asset.lon === null
                ? {}
                : { latitude: asset.lat, longitude: asset.lon }),
              physical_addresses: [
                {
                  id: uuid(random),
                  address_1: asset.street,
                  city: asset.town,
                  postal_code: asset.postcode,
                  country: "GB",
                },
              ],
            },
          },
        ];
  return {
    id: uuid(random),
    name,
    description:
      asset.unplaceable === "no-location" ? `${kind?.description} By telephone only.` : kind?.description,
    url: website(asset),
    email: email(asset),
    status: asset.unplaceable === "inactive" ? "inactive" : "active",
    organization: { id: uuid(random), name: `${world.areas.lads[0]?.name ?? "Demo"} Council and partners` },
    service_at_locations: location,
    service_taxonomys: (kind?.terms ?? []).map((term) => ({
      id: uuid(random),
      taxonomy: { id: uuid(random), name: term, vocabulary: "esdServiceTypes" },
    })),
    regular_schedules:
      kind === undefined
        ? []
        : [{ id: uuid(random), weekday: kind.day, opens_at: kind.opens, closes_at: kind.closes }],
    contacts: [
      { id: uuid(random), name: "Reception", phones: [{ id: uuid(random), number: telephone(asset) }] },
    ],
  };
}

/** A version-4-shaped UUID from the seeded stream. */
function uuid(random: Random): string {
  const hex = (count: number) =>
    Array.from({ length: count }, () => "0123456789abcdef"[random.int(0, 15)]).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[random.int(0, 3)]}${hex(3)}-${hex(12)}`;
}
