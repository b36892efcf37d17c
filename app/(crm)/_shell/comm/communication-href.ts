/** Where a Latest Communications row leads: an unsaved report to its form, anything else to the customer. */
export function communicationHref(c: {
  kind: "INTERACTION" | "UNREPORTED_SESSION";
  id: string;
  account: { id: string } | null;
  contact: { id: string } | null;
}): string {
  if (c.kind === "UNREPORTED_SESSION") return `/communication-centre/sessions/${c.id}/report`;
  if (c.account) return `/accounts/${c.account.id}/timeline`;
  return c.contact ? `/contacts/${c.contact.id}` : "/communication-centre";
}

export function customerName(c: {
  account: { partyGroupName: string } | null;
  contact: { foreName: string; surname: string } | null;
  fromAddress: string | null;
}): string {
  if (c.contact) return `${c.contact.foreName} ${c.contact.surname}`;
  return c.account?.partyGroupName ?? c.fromAddress ?? "Unknown caller";
}
