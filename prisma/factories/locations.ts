// Where accounts sit. Each country carries what follows from it: culture for templates, credit
// currency, registration number formats and which fictional phone ranges to draw from.

export type PhoneRegion = "GB" | "US" | "FR";

export type Country = {
  code: "GB" | "US" | "FR" | "DE" | "NL" | "CH" | "IE";
  name: string;
  culture: string;
  currency: "GBP" | "USD" | "EUR" | "CHF";
  /** Only GB, US and FR publish fictional number ranges; clients elsewhere are reached on their
   * London or Paris desk numbers so no demo row ever holds a real subscriber's number. */
  phoneRegion: PhoneRegion;
  cities: readonly { city: string; streets: readonly string[]; postcodes: readonly string[] }[];
  legalSuffixes: readonly string[];
};

export const COUNTRIES: readonly Country[] = [
  {
    code: "GB",
    name: "United Kingdom",
    culture: "en-GB",
    currency: "GBP",
    phoneRegion: "GB",
    cities: [
      {
        city: "London",
        streets: [
          "Bishopsgate",
          "Cheapside",
          "Canada Square",
          "Moorgate",
          "Fenchurch Street",
          "Old Broad Street",
        ],
        postcodes: ["EC2M 4AA", "EC2V 6DN", "E14 5AB", "EC2R 6AY", "EC3M 3BY", "EC2N 1HQ"],
      },
      {
        city: "Manchester",
        streets: ["King Street", "Spinningfields", "Deansgate"],
        postcodes: ["M2 4WU", "M3 3AP", "M3 4LQ"],
      },
      { city: "Leeds", streets: ["Park Row", "Wellington Place"], postcodes: ["LS1 5JL", "LS1 4AP"] },
      { city: "Edinburgh", streets: ["George Street", "Lothian Road"], postcodes: ["EH2 2LR", "EH3 9WJ"] },
      { city: "Bristol", streets: ["Temple Quay", "Queen Square"], postcodes: ["BS1 6DZ", "BS1 4LH"] },
      { city: "Birmingham", streets: ["Colmore Row", "Brindleyplace"], postcodes: ["B3 2BJ", "B1 2JB"] },
    ],
    legalSuffixes: ["Ltd", "Ltd", "PLC", "LLP"],
  },
  {
    code: "US",
    name: "United States",
    culture: "en-US",
    currency: "USD",
    phoneRegion: "US",
    cities: [
      {
        city: "New York, NY",
        streets: ["Park Avenue", "Madison Avenue", "Wall Street"],
        postcodes: ["10022", "10010", "10005"],
      },
      { city: "Chicago, IL", streets: ["LaSalle Street", "Wacker Drive"], postcodes: ["60603", "60606"] },
      { city: "Boston, MA", streets: ["Federal Street", "State Street"], postcodes: ["02110", "02109"] },
      {
        city: "San Francisco, CA",
        streets: ["Market Street", "California Street"],
        postcodes: ["94105", "94104"],
      },
    ],
    legalSuffixes: ["Inc.", "LLC", "Corp."],
  },
  {
    code: "FR",
    name: "France",
    culture: "fr-FR",
    currency: "EUR",
    phoneRegion: "FR",
    cities: [
      {
        city: "Paris",
        streets: ["Avenue de l'Opéra", "Boulevard Haussmann", "Rue de la Paix"],
        postcodes: ["75001", "75009", "75002"],
      },
      {
        city: "Lyon",
        streets: ["Rue de la République", "Quai Jules Courmont"],
        postcodes: ["69002", "69002"],
      },
      { city: "Lille", streets: ["Rue Nationale"], postcodes: ["59800"] },
    ],
    legalSuffixes: ["SA", "SAS"],
  },
  {
    code: "DE",
    name: "Germany",
    culture: "de-DE",
    currency: "EUR",
    phoneRegion: "GB",
    cities: [
      {
        city: "Frankfurt am Main",
        streets: ["Taunusanlage", "Neue Mainzer Straße", "Bockenheimer Landstraße"],
        postcodes: ["60325", "60311", "60323"],
      },
      { city: "Hamburg", streets: ["Jungfernstieg", "Ballindamm"], postcodes: ["20354", "20095"] },
      { city: "Munich", streets: ["Maximilianstraße", "Theatinerstraße"], postcodes: ["80539", "80333"] },
    ],
    legalSuffixes: ["GmbH", "AG"],
  },
  {
    code: "NL",
    name: "Netherlands",
    culture: "nl-NL",
    currency: "EUR",
    phoneRegion: "FR",
    cities: [
      { city: "Amsterdam", streets: ["Gustav Mahlerlaan", "Herengracht"], postcodes: ["1082 PP", "1015 BZ"] },
      { city: "Rotterdam", streets: ["Weena", "Coolsingel"], postcodes: ["3012 CM", "3011 AD"] },
    ],
    legalSuffixes: ["B.V.", "N.V."],
  },
  {
    code: "CH",
    name: "Switzerland",
    culture: "de-CH",
    currency: "CHF",
    phoneRegion: "FR",
    cities: [
      { city: "Zurich", streets: ["Bahnhofstrasse", "Paradeplatz"], postcodes: ["8001", "8001"] },
      { city: "Geneva", streets: ["Rue du Rhône", "Quai du Mont-Blanc"], postcodes: ["1204", "1201"] },
    ],
    legalSuffixes: ["AG", "SA"],
  },
  {
    code: "IE",
    name: "Ireland",
    culture: "en-IE",
    currency: "EUR",
    phoneRegion: "GB",
    cities: [
      {
        city: "Dublin",
        streets: ["Sir John Rogerson's Quay", "St Stephen's Green", "Harcourt Street"],
        postcodes: ["D02 R156", "D02 X576", "D02 F338"],
      },
    ],
    legalSuffixes: ["Ltd", "DAC"],
  },
];

export function countryByCode(code: Country["code"]): Country {
  const c = COUNTRIES.find((x) => x.code === code);
  if (!c) throw new Error(`unknown country ${code}`);
  return c;
}

export const COUNTRY_WEIGHTS: readonly (readonly [Country["code"], number])[] = [
  ["GB", 52],
  ["US", 14],
  ["FR", 10],
  ["DE", 10],
  ["NL", 5],
  ["CH", 5],
  ["IE", 4],
];

export const LOCATION_COMMENTS = [
  "Head office; reception on the 4th floor, ask for the treasury team",
  "Visits by appointment only",
  "Client prefers meetings at our Canary Wharf office",
  "Treasury team sits in the annex across the road",
  "Parking available in the basement, register the car plate in advance",
  "Security desk needs photo ID for every visitor",
  "Regional office; decisions are taken at group HQ",
  "Meets over lunch near the office; avoid Fridays",
  null,
  null,
] as const;
