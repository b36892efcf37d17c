import type { SearchType } from "@/server/search/search-query.ts";

// Group order and headings, shared by the top-bar popover and the search page.
export const SEARCH_GROUPS: { type: SearchType; label: string }[] = [
  { type: "account", label: "Accounts" },
  { type: "contact", label: "Contacts" },
  { type: "lead", label: "Leads" },
  { type: "opportunity", label: "Opportunities" },
];

export const MATCH_LABEL: Record<string, string> = {
  name: "name",
  "similar name": "similar name",
  phone: "phone",
  email: "e-mail",
  identifier: "registration / Party ID",
};
