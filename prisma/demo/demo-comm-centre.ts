import type { Rng } from "../random.ts";
import type { CommunicationChannel } from "../../server/generated/prisma/enums.ts";
import {
  buildCommCentreRule,
  buildCtiIntegration,
  buildIntegrationSecret,
  buildMessageTemplate,
  buildMessageTemplateVersion,
  type CommCentreConditions,
} from "../factories/comm-centre.ts";
import { DEMO_INTEGRATION_SECRETS } from "../demo-users.ts";
import type { DemoRows } from "./demo-rows.ts";

export type DemoTemplate = {
  id: string;
  name: string;
  channel: CommunicationChannel;
  culture: string;
  subject: string | null;
  body: string;
};

export type TemplateSeed = {
  name: string;
  channel: CommunicationChannel;
  isMarketing?: boolean;
  versions: { culture: string; subject: string | null; body: string }[];
};

// Exported for the test that renders every seeded version through the placeholder catalogue.
export const DEMO_TEMPLATES: readonly TemplateSeed[] = [
  {
    name: "Meeting follow-up",
    channel: "EMAIL",
    versions: [
      {
        culture: "en-GB",
        subject: "Thank you for your time today",
        body: "Dear {{contact.foreName}},\n\nThank you for meeting us today. As agreed, we will send {{account.partyGroupName}} the proposal by the end of the week.\n\nKind regards,\n{{sender.name}}",
      },
      {
        culture: "fr-FR",
        subject: "Suite à notre rendez-vous",
        body: "Bonjour {{contact.foreName}},\n\nMerci pour votre temps aujourd'hui. Comme convenu, nous enverrons à {{account.partyGroupName}} notre proposition d'ici la fin de la semaine.\n\nCordialement,\n{{sender.name}}",
      },
      {
        culture: "de-DE",
        subject: "Vielen Dank für Ihre Zeit",
        body: "Guten Tag {{contact.foreName}},\n\nvielen Dank für das heutige Gespräch. Wie vereinbart senden wir {{account.partyGroupName}} das Angebot bis Ende der Woche.\n\nMit freundlichen Grüßen\n{{sender.name}}",
      },
    ],
  },
  {
    name: "Deposit rates",
    channel: "EMAIL",
    isMarketing: true,
    versions: [
      {
        culture: "en-GB",
        subject: "Our deposit rates this month",
        body: "Dear {{contact.foreName}},\n\nPlease find our current term deposit rates below. Rates are indicative and can change daily.\n\nKind regards,\n{{sender.name}}",
      },
      {
        culture: "fr-FR",
        subject: "Nos taux de dépôt ce mois-ci",
        body: "Bonjour {{contact.foreName}},\n\nVoici nos taux de dépôt à terme actuels. Ils sont indicatifs et peuvent changer chaque jour.\n\nCordialement,\n{{sender.name}}",
      },
    ],
  },
  {
    name: "Terminbestätigung",
    channel: "EMAIL",
    versions: [
      {
        culture: "de-DE",
        subject: "Terminbestätigung",
        body: "Guten Tag {{contact.foreName}},\n\nhiermit bestätigen wir unseren Termin. Wir freuen uns auf das Gespräch.\n\nMit freundlichen Grüßen\n{{sender.name}}",
      },
    ],
  },
  {
    name: "Meeting reminder (SMS)",
    channel: "SMS",
    versions: [
      {
        culture: "en-GB",
        subject: null,
        body: "Hi {{contact.foreName}}, a reminder of our meeting tomorrow. Reply STOP to opt out. {{sender.name}}",
      },
    ],
  },
  {
    name: "Price indication (chat)",
    channel: "CHAT",
    versions: [
      {
        culture: "en-GB",
        subject: null,
        body: "Hello {{contact.foreName}}, here is the indicative price you asked for. It is valid for 30 seconds.",
      },
    ],
  },
];

const RULES: readonly {
  name: string;
  priority: number;
  conditions: CommCentreConditions;
  tools: string[];
  actions: string[];
}[] = [
  {
    name: "KYC not verified: no dealing",
    priority: 5,
    conditions: { kycStatuses: ["NOT_STARTED", "PENDING", "EXPIRED", "REJECTED"] },
    tools: ["ANALYTICS"],
    actions: ["START_CALL", "SEND_EMAIL", "NEW_INTERACTION"],
  },
  {
    name: "Institutional FX desk",
    priority: 10,
    conditions: {
      segments: ["INSTITUTIONAL"],
      productsAny: ["FX Spot", "FX Forward", "FX Swap", "FX Option"],
    },
    tools: ["ANALYTICS", "PRICING", "CREDIT_CHECK", "DEAL_TICKET"],
    actions: [
      "START_CALL",
      "START_CHAT",
      "SEND_EMAIL",
      "NEW_INTERACTION",
      "NEW_OPPORTUNITY",
      "REGISTER_DEAL",
      "VIEW_ANALYSIS",
    ],
  },
  {
    name: "Corporate treasury",
    priority: 20,
    conditions: { segments: ["CORPORATE", "SME"] },
    tools: ["ANALYTICS", "PRICING", "CREDIT_CHECK", "DEAL_TICKET"],
    actions: [
      "START_CALL",
      "SEND_EMAIL",
      "SEND_SMS",
      "NEW_INTERACTION",
      "NEW_OPPORTUNITY",
      "REGISTER_DEAL",
      "VIEW_ANALYSIS",
    ],
  },
  {
    name: "Private banking",
    priority: 30,
    conditions: { segments: ["PRIVATE_BANKING"] },
    tools: ["ANALYTICS", "PRICING"],
    actions: ["START_CALL", "SEND_EMAIL", "SEND_SMS", "NEW_INTERACTION", "NEW_OPPORTUNITY", "VIEW_ANALYSIS"],
  },
  {
    name: "Retail",
    priority: 90,
    conditions: { segments: ["RETAIL"] },
    tools: ["ANALYTICS"],
    actions: ["START_CALL", "SEND_EMAIL", "SEND_SMS", "NEW_INTERACTION"],
  },
];

/** Rules for the action panel and tools, the demo telephony and chat integrations, and templates. */
export function buildDemoCommCentre(rng: Rng, rows: DemoRows): DemoTemplate[] {
  for (const rule of RULES) rows.commCentreRule.push(buildCommCentreRule(rng, rule));

  const integrations = [
    // No originate endpoint: the demo PBX is a softphone-only line, so click-to-dial connects at once.
    { name: "Demo PBX", kind: "PBX", originateUrl: null },
    { name: "Demo Turret", kind: "TURRET", originateUrl: null },
    { name: "Demo Chat", kind: "CHAT", originateUrl: null },
  ] as const;
  for (const i of integrations) {
    const row = buildCtiIntegration(rng, { ...i });
    rows.ctiIntegration.push(row);
    rows.integrationSecret.push(
      buildIntegrationSecret(rng, {
        integrationId: row.id as string,
        secret: DEMO_INTEGRATION_SECRETS[i.name],
      }),
    );
  }

  // One DemoTemplate per culture version: the interaction generator picks by channel and culture.
  return DEMO_TEMPLATES.flatMap(({ versions, ...t }) => {
    const row = buildMessageTemplate(rng, t);
    rows.messageTemplate.push(row);
    return versions.map((v) => {
      rows.messageTemplateVersion.push(
        buildMessageTemplateVersion(rng, { templateId: row.id as string, ...v }),
      );
      return { id: row.id as string, name: t.name, channel: t.channel, ...v };
    });
  });
}
