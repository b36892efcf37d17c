// Name pools for people. Mixed British, European and American names, as a London floor sees.

export const FORENAMES = [
  "Eleanor", "James", "Olivia", "Thomas", "Amelia", "William", "Charlotte", "Henry", "Sophie", "George",
  "Isabel", "Oliver", "Harriet", "Edward", "Grace", "Samuel", "Lucy", "Daniel", "Hannah", "Benjamin",
  "Priya", "Arjun", "Aisha", "Omar", "Mei", "Wei", "Yuki", "Kenji", "Fatima", "Rahul",
  "Sofia", "Mateo", "Camille", "Louis", "Léa", "Antoine", "Claire", "Julien", "Margaux", "Hugo",
  "Anna", "Lukas", "Johanna", "Felix", "Katharina", "Maximilian", "Lena", "Jonas", "Clara", "Niklas",
  "Sanne", "Daan", "Femke", "Pieter", "Astrid", "Lars", "Ingrid", "Erik", "Siobhan", "Cian",
  "Emily", "Michael", "Jessica", "Christopher", "Ashley", "Matthew", "Lauren", "Andrew", "Megan", "Ryan",
  "Rebecca", "Nathan", "Victoria", "Alexander", "Natalie", "Patrick", "Zara", "Isaac", "Freya", "Theo",
] as const;

export const SURNAMES = [
  "Hughes", "Patel", "Clarke", "Whitmore", "Okafor", "Fitzgerald", "Harrington", "Nakamura", "Lindqvist", "Moreau",
  "Schneider", "Van der Berg", "Rossi", "Kowalski", "Ahmed", "Chen", "O'Brien", "Thompson", "Ellison", "Marchetti",
  "Dubois", "Fischer", "Jansen", "Novak", "Sørensen", "Murphy", "Bennett", "Kapoor", "Hartley", "Moss",
  "Ashworth", "Blackwood", "Carrington", "Delacroix", "Engel", "Fairbanks", "Gallagher", "Hoffmann", "Ibrahim", "Jovanović",
  "Keller", "Lambert", "Montgomery", "Nguyen", "Oyelaran", "Pemberton", "Quinn", "Richter", "Sinclair", "Takahashi",
  "Underwood", "Vasquez", "Wagner", "Xu", "Yilmaz", "Zimmermann", "Abbott", "Barker", "Castellanos", "Dawson",
  "Evans", "Fernández", "Gupta", "Holloway", "Iyer", "Jenkins", "Kaur", "Lloyd", "Mensah", "Nilsson",
  "Osei", "Price", "Reyes", "Stewart", "Tanaka", "Varga", "Walsh", "Young", "Zhang", "Brennan",
] as const;

export const INITIALS = "ABCDEFGHJKLMNPRSTW".split("");

export const JOB_TITLES = [
  "Group Treasurer", "Assistant Treasurer", "Head of Treasury", "Chief Financial Officer", "Finance Director",
  "Portfolio Manager", "Head of Trading", "FX Dealer", "Cash Manager", "Chief Investment Officer",
  "Financial Controller", "Procurement Manager", "Managing Director", "Operations Director", "Company Secretary",
  "Head of Fixed Income", "Risk Manager", "Investment Analyst", "Accounts Payable Lead", "Family Office Principal",
] as const;

/** A name as an address slug: "Léa O'Brien" → "lea.obrien". */
export function emailLocalPart(...parts: string[]): string {
  return parts
    .map((p) => p.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ø/g, "o").replace(/ć/g, "c").toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter(Boolean)
    .join(".");
}
