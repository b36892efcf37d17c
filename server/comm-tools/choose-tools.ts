import {
  ZRuleConditionsSchema,
  type CommCentreAction,
  type CommCentreTool,
  type RuleConditions,
} from "./catalog.ts";

export type CustomerProfile = {
  segment: string;
  kycStatus: string;
  productsHeld: string[];
  preferredInstruments: string[];
};
export type Rule = {
  id: string;
  name: string;
  priority: number;
  enabled: boolean;
  conditions: unknown;
  tools: string[];
  actions: string[];
};
export type ToolChoice = {
  tools: CommCentreTool[];
  actions: CommCentreAction[];
  rule: { id: string; name: string } | null;
};

const isSet = (list: string[] | undefined): list is string[] => !!list && list.length > 0;
const overlaps = (a: string[], b: string[]) => a.some((x) => b.includes(x));

export function ruleMatches(conditions: RuleConditions, p: CustomerProfile): boolean {
  if (isSet(conditions.segments) && !conditions.segments.includes(p.segment)) return false;
  if (isSet(conditions.kycStatuses) && !conditions.kycStatuses.includes(p.kycStatus)) return false;
  if (isSet(conditions.productsAny) && !overlaps(conditions.productsAny, p.productsHeld)) return false;
  if (isSet(conditions.instrumentsAny) && !overlaps(conditions.instrumentsAny, p.preferredInstruments))
    return false;
  return true;
}

/**
 * The admin rules decide what a customer's page opens. Enabled rules are tried in priority order
 * (lowest first, then name); a rule matches when every condition it states holds, and the first
 * match decides alone, so a narrow rule ("KYC not verified: no dealing") placed first overrides
 * the broad segment rules below it. No match opens no tools and only the basic actions: a bank
 * would rather show too little to an unknown profile than a dealing ticket.
 */
export function chooseTools(profile: CustomerProfile, rules: readonly Rule[]): ToolChoice {
  const ordered = rules
    .filter((r) => r.enabled)
    .sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
  for (const rule of ordered) {
    const conditions = ZRuleConditionsSchema.safeParse(rule.conditions);
    // A rule whose conditions cannot be read matches nothing rather than everything.
    if (!conditions.success || !ruleMatches(conditions.data, profile)) continue;
    return {
      tools: rule.tools as CommCentreTool[],
      actions: rule.actions as CommCentreAction[],
      rule: { id: rule.id, name: rule.name },
    };
  }
  return { tools: [], actions: ["START_CALL", "SEND_EMAIL", "NEW_INTERACTION"], rule: null };
}
