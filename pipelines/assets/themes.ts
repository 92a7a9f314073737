/**
 * The asset themes and the rules that give an asset its themes: an editable list, kept as data so that an
 * analyst can add a keyword or a tag without touching the code that applies it (assign-themes.ts). An asset
 * gets every theme whose rules it meets; an asset whose file declares its themes gets exactly those.
 *
 * Words and phrases are matched whole, ignoring case and punctuation, with or without a plural "s"/"es":
 * "walking group" matches "Walking Groups" but "walk" does not match "Walkden".
 *
 * - `categories`: the asset's category as its publisher gives it (the layout's, e.g. "food bank", or the
 *   file's own "type" column) and the humanised OSM tag value ("community centre").
 * - `osmTags`: OpenStreetMap tags, `key=value` or `key=*` for any value.
 * - `taxonomyTerms`: Open Referral taxonomy term names (LGA service types, needs, Open Active activities).
 * - `keywords`: the asset's name and description.
 *
 * `need` says which indicators measure need for the theme: every row of the build's `indicators` table
 * whose `theme` contains one of `indicatorThemes` as a word, or whose id is in `indicatorIds`, so indicators
 * added by later slices (QOF diabetes, loneliness) join the need score without a change here.
 */
export type ThemeDefinition = {
  id: string;
  label: string;
  description: string;
  /** Other names accepted in a file's `themes` column. */
  aliases: readonly string[];
  need: { indicatorThemes: readonly string[]; indicatorIds: readonly string[] };
  rules: {
    categories: readonly string[];
    osmTags: readonly string[];
    taxonomyTerms: readonly string[];
    keywords: readonly string[];
  };
};

export const THEMES: readonly ThemeDefinition[] = [
  {
    id: "diabetes_healthy_eating",
    label: "Diabetes and healthy eating",
    description:
      "Help to prevent and manage diabetes: healthy eating, cooking and growing food, weight management, and community pharmacies' health checks.",
    aliases: ["diabetes", "healthy eating", "nutrition", "food growing"],
    need: {
      indicatorThemes: ["diabetes", "obesity"],
      indicatorIds: ["diabetes_prevalence", "ndh_prevalence", "obesity_prevalence"],
    },
    rules: {
      categories: ["allotment", "community garden", "community kitchen", "cookery class", "pharmacy"],
      osmTags: [
        "landuse=allotments",
        "leisure=garden",
        "amenity=pharmacy",
        "healthcare=pharmacy",
        "shop=greengrocer",
      ],
      taxonomyTerms: [
        "diabetes",
        "healthy eating",
        "nutrition",
        "weight management",
        "cooking",
        "food growing",
      ],
      keywords: [
        "diabetes",
        "diabetic",
        "healthy eating",
        "nutrition",
        "weight management",
        "weight loss",
        "cook and eat",
        "cookery",
        "cooking class",
        "allotment",
        "community garden",
        "grow your own",
        "pharmacy",
      ],
    },
  },
  {
    id: "physical_activity",
    label: "Physical activity",
    description:
      "Places and groups for being active: sport, exercise classes, walking groups, parks and pools.",
    aliases: ["physical activity", "exercise", "activity", "sport"],
    need: {
      indicatorThemes: ["physical activity", "obesity"],
      indicatorIds: ["obesity_prevalence", "diabetes_prevalence", "ndh_prevalence"],
    },
    rules: {
      categories: [
        "leisure centre",
        "sports centre",
        "gym",
        "swimming pool",
        "park",
        "playing field",
        "allotment",
      ],
      osmTags: [
        "leisure=sports_centre",
        "leisure=fitness_centre",
        "leisure=swimming_pool",
        "leisure=pitch",
        "leisure=park",
        "leisure=track",
        "leisure=recreation_ground",
        "landuse=allotments",
        "sport=*",
      ],
      taxonomyTerms: ["physical activity", "exercise", "sport", "fitness", "walking", "swimming", "dance"],
      keywords: [
        "walking group",
        "health walk",
        "exercise",
        "fitness",
        "gym",
        "swimming",
        "sport",
        "football",
        "parkrun",
        "yoga",
        "pilates",
        "tai chi",
        "dance",
        "dancing",
        "cycling",
        "bowls",
        "badminton",
        "tennis",
        "running club",
        "leisure centre",
        "allotment",
      ],
    },
  },
  {
    id: "social_connection",
    label: "Social connection and loneliness",
    description:
      "Somewhere to meet people and belong: community centres, clubs, befriending, libraries, lunch clubs.",
    aliases: ["social connection", "loneliness", "isolation", "social"],
    need: { indicatorThemes: ["loneliness", "isolation"], indicatorIds: ["living_alone_66plus"] },
    rules: {
      categories: ["community centre", "library", "social club", "lunch club", "befriending", "allotment"],
      osmTags: [
        "amenity=community_centre",
        "amenity=social_centre",
        "amenity=library",
        "leisure=social_club",
        "club=*",
        "landuse=allotments",
      ],
      taxonomyTerms: [
        "befriending",
        "social activities",
        "social groups",
        "loneliness",
        "isolation",
        "community groups",
        "lunch club",
        "peer support",
      ],
      keywords: [
        "befriending",
        "lonely",
        "loneliness",
        "isolation",
        "isolated",
        "social group",
        "lunch club",
        "coffee morning",
        "friendship",
        "community centre",
        "community hub",
        "men's shed",
        "mens shed",
        "knit and natter",
        "choir",
        "social club",
        "library",
      ],
    },
  },
  {
    id: "mental_wellbeing",
    label: "Mental wellbeing",
    description:
      "Support for mental health and wellbeing: peer support, counselling, talking therapies, crisis help.",
    aliases: ["mental wellbeing", "mental health", "wellbeing"],
    need: { indicatorThemes: ["mental"], indicatorIds: ["depression_prevalence"] },
    rules: {
      categories: ["mental health service", "counselling"],
      osmTags: ["healthcare=psychotherapist", "healthcare=counselling", "healthcare:speciality=psychiatry"],
      taxonomyTerms: [
        "mental health",
        "mental wellbeing",
        "wellbeing",
        "counselling",
        "anxiety",
        "depression",
        "bereavement",
        "talking therapies",
      ],
      keywords: [
        "mental health",
        "mental wellbeing",
        "wellbeing",
        "counselling",
        "counseling",
        "anxiety",
        "depression",
        "bereavement",
        "talking therapy",
        "talking therapies",
        "mindfulness",
        "samaritans",
        "suicide",
        "self harm",
        "mood",
        "peer support",
      ],
    },
  },
  {
    id: "money_food_housing",
    label: "Money, food and housing",
    description:
      "Help with the basics: food banks and pantries, debt and benefits advice, housing and warm spaces.",
    aliases: ["money food housing", "money", "food", "housing", "cost of living"],
    need: {
      indicatorThemes: ["deprivation"],
      indicatorIds: ["imd_score", "income_score", "employment_score", "core20_share"],
    },
    rules: {
      categories: [
        "food bank",
        "food pantry",
        "community pantry",
        "citizens advice",
        "debt advice",
        "credit union",
      ],
      osmTags: ["social_facility=food_bank", "social_facility=soup_kitchen", "amenity=food_bank"],
      taxonomyTerms: [
        "food bank",
        "food",
        "money",
        "debt",
        "benefits",
        "welfare",
        "housing",
        "homelessness",
        "financial",
        "employment",
        "fuel poverty",
      ],
      keywords: [
        "food bank",
        "foodbank",
        "food pantry",
        "community pantry",
        "community fridge",
        "soup kitchen",
        "debt",
        "benefits advice",
        "welfare rights",
        "money advice",
        "citizens advice",
        "credit union",
        "housing advice",
        "homeless",
        "homelessness",
        "fuel poverty",
        "energy advice",
        "job club",
        "warm space",
        "warm bank",
      ],
    },
  },
  {
    id: "digital_inclusion",
    label: "Digital inclusion",
    description: "Getting online: free computers and wifi, device lending, help with digital skills.",
    aliases: ["digital inclusion", "digital", "digital skills"],
    need: { indicatorThemes: ["digital"], indicatorIds: ["aged_65plus", "income_score"] },
    rules: {
      categories: ["library"],
      osmTags: ["amenity=library", "amenity=internet_cafe"],
      taxonomyTerms: ["digital", "digital skills", "computer", "internet", "online", "it skills"],
      keywords: [
        "digital",
        "computer",
        "internet",
        "wifi",
        "online skills",
        "it skills",
        "silver surfers",
        "tablet",
        "smartphone",
        "device lending",
        "library",
      ],
    },
  },
  {
    id: "carers",
    label: "Carers",
    description: "Support for unpaid carers: carers' centres, respite, young carers' groups.",
    aliases: ["carers", "carer", "unpaid carers"],
    need: { indicatorThemes: ["carer"], indicatorIds: ["unpaid_carers"] },
    rules: {
      categories: ["carers centre", "carers support"],
      osmTags: ["social_facility:for=carers"],
      taxonomyTerms: ["carers", "carer", "respite", "young carers", "unpaid carers"],
      keywords: ["carer", "carers", "respite", "young carers", "carers centre"],
    },
  },
  {
    id: "older_people",
    label: "Older people",
    description:
      "Services for older people: day centres, dementia support, care homes, Age UK and lunch clubs.",
    aliases: ["older people", "older adults", "elderly", "ageing"],
    need: {
      indicatorThemes: ["older people", "ageing"],
      indicatorIds: ["aged_65plus", "living_alone_66plus", "idaopi"],
    },
    rules: {
      categories: ["care home", "nursing home", "day centre"],
      osmTags: [
        "social_facility=nursing_home",
        "social_facility=assisted_living",
        "amenity=nursing_home",
        "social_facility:for=senior",
      ],
      taxonomyTerms: [
        "older people",
        "older adults",
        "elderly",
        "dementia",
        "later life",
        "over 50s",
        "retirement",
      ],
      keywords: [
        "older people",
        "older person",
        "elderly",
        "over 50s",
        "over 60s",
        "over 65s",
        "pensioner",
        "dementia",
        "age uk",
        "later life",
        "retired",
        "care home",
        "nursing home",
        "day centre",
        "memory cafe",
        "falls prevention",
      ],
    },
  },
];
