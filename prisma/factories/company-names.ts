import type { Rng } from "../random.ts";
import type { Segment } from "../../server/generated/prisma/enums.ts";
import { SURNAMES } from "./person-names.ts";

const STEMS = [
  "Northwind",
  "Aldgate",
  "Harbour Point",
  "Greyfriars",
  "Kestrel",
  "Meridian",
  "Blackwater",
  "Thameside",
  "Beacon",
  "Cobalt",
  "Halcyon",
  "Ironbridge",
  "Juniper",
  "Larkspur",
  "Marlow",
  "Oakridge",
  "Pennine",
  "Quayside",
  "Redcliffe",
  "Tamar",
  "Wessex",
  "Whitecliff",
  "Caledonia",
  "Fenwick",
  "Granite",
  "Highgate",
  "Lowther",
  "Mercia",
  "Norland",
  "Orchard",
  "Portland",
  "Ravensbourne",
  "Severn",
  "Tidewater",
  "Vantage",
  "Westbury",
  "Yarrow",
  "Zenith",
  "Rheinland",
  "Alpenblick",
  "Lumière",
  "Hanse",
  "Elbtal",
  "Rive Gauche",
  "Solent",
  "Cheviot",
  "Brightwater",
  "Silverline",
  "Stonebridge",
  "Falcon",
  "Atlas",
  "Helix",
  "Summit",
  "Evergreen",
  "Crown Wharf",
  "Lindenhof",
  "Bellerive",
  "Kingsmead",
  "Ashdown",
  "Cotswold",
] as const;

const SECTORS: Record<Segment, readonly string[]> = {
  INSTITUTIONAL: [
    "Asset Management",
    "Capital Partners",
    "Pension Fund",
    "Investment Trust",
    "Insurance",
    "Global Macro Fund",
    "Reinsurance",
    "Treasury Services",
    "Investment Managers",
    "Fixed Income Partners",
    "Wealth Partners",
    "Securities",
  ],
  CORPORATE: [
    "Logistics",
    "Shipping",
    "Foods",
    "Pharmaceuticals",
    "Engineering",
    "Textiles",
    "Energy",
    "Retail Group",
    "Aerospace",
    "Telecom",
    "Construction",
    "Automotive",
    "Chemicals",
    "Hotels",
    "Media",
    "Metals",
    "Utilities",
    "Agritech",
    "Semiconductors",
    "Packaging",
  ],
  SME: [
    "Bakeries",
    "Joinery",
    "Dental Group",
    "Print Works",
    "Software",
    "Brewing Co",
    "Garden Centres",
    "Architects",
    "Vineyards",
    "Cycles",
    "Opticians",
    "Coffee Roasters",
    "Veterinary Practice",
    "Marine Services",
  ],
  PRIVATE_BANKING: ["Family Office", "Family Trust", "Holdings", "Estates", "Heritage Partners"],
  RETAIL: ["Trading", "Services"],
};

function pattern(rng: Rng, segment: Segment): string {
  const sector = rng.pick(SECTORS[segment]);
  if (rng.chance(0.22)) {
    const [a, b] = rng.sample(SURNAMES, 2) as [string, string];
    return `${a} & ${b} ${sector}`;
  }
  if (segment === "PRIVATE_BANKING" && rng.chance(0.5)) return `${rng.pick(SURNAMES)} ${sector}`;
  return `${rng.pick(STEMS)} ${sector}`;
}

/**
 * A company name with its country's legal suffix ("Northwind Treasury Services Ltd"). `taken`
 * keeps names unique within one run: two accounts with one name would confuse the screen pop.
 */
export function companyName(
  rng: Rng,
  segment: Segment,
  legalSuffixes: readonly string[],
  taken?: Set<string>,
): string {
  for (let attempt = 0; ; attempt++) {
    const base = pattern(rng, segment);
    const name = `${base} ${rng.pick(legalSuffixes)}`;
    if (!taken) return name;
    const candidate = attempt < 20 ? name : `${name} (${attempt})`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

const LEGAL_SUFFIX = /\s+(Ltd|PLC|LLP|Inc\.|LLC|Corp\.|SA|SAS|GmbH|AG|B\.V\.|N\.V\.|DAC)$/;

/** An e-mail domain under the reserved `.example` TLD, so no demo mail can reach a real company. */
export function companyDomain(name: string): string {
  const slug = name
    .replace(LEGAL_SUFFIX, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug}.example`;
}
