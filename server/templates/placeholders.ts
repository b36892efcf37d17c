// The one catalogue of template placeholders: what an admin may write between {{ and }}, the label
// the picker shows, and how each value is read from the records a message is rendered for.
// No server imports here: the admin editor's picker reads the same list.

export type PlaceholderRecords = {
  account: {
    partyGroupName: string;
    accountPin: string | null;
    location: string | null;
  };
  contact: {
    foreName: string;
    middleInitial: string | null;
    surname: string;
    jobTitle: string | null;
  } | null;
  opportunity: { name: string; nextStep: string | null } | null;
  sender: { name: string; email: string };
};

export type Placeholder = {
  key: string;
  label: string;
  group: "Account" | "Contact" | "Opportunity" | "Sender";
  read: (r: PlaceholderRecords) => string | null | undefined;
};

export const PLACEHOLDERS: readonly Placeholder[] = [
  {
    key: "account.partyGroupName",
    label: "Account name",
    group: "Account",
    read: (r) => r.account.partyGroupName,
  },
  { key: "account.accountPin", label: "Account PIN", group: "Account", read: (r) => r.account.accountPin },
  { key: "account.location", label: "Account location", group: "Account", read: (r) => r.account.location },
  {
    key: "contact.foreName",
    label: "Contact first name",
    group: "Contact",
    read: (r) => r.contact?.foreName,
  },
  {
    key: "contact.middleInitial",
    label: "Contact middle initial",
    group: "Contact",
    read: (r) => r.contact?.middleInitial,
  },
  { key: "contact.surname", label: "Contact surname", group: "Contact", read: (r) => r.contact?.surname },
  {
    key: "contact.fullName",
    label: "Contact full name",
    group: "Contact",
    read: (r) => (r.contact ? `${r.contact.foreName} ${r.contact.surname}` : null),
  },
  { key: "contact.jobTitle", label: "Contact job title", group: "Contact", read: (r) => r.contact?.jobTitle },
  {
    key: "opportunity.name",
    label: "Opportunity name",
    group: "Opportunity",
    read: (r) => r.opportunity?.name,
  },
  {
    key: "opportunity.nextStep",
    label: "Opportunity next step",
    group: "Opportunity",
    read: (r) => r.opportunity?.nextStep,
  },
  { key: "sender.name", label: "Sender name", group: "Sender", read: (r) => r.sender.name },
  { key: "sender.email", label: "Sender e-mail", group: "Sender", read: (r) => r.sender.email },
];

const BY_KEY = new Map(PLACEHOLDERS.map((p) => [p.key, p]));

export const placeholderByKey = (key: string): Placeholder | undefined => BY_KEY.get(key);

/** How a placeholder is written in a template. */
export const placeholderToken = (key: string) => `{{${key}}}`;
