import type { Rng } from "../random.ts";
import type {
  CommCentreRule,
  CtiIntegration,
  MessageTemplate,
  Prisma,
} from "../../server/generated/prisma/client.ts";
import type { CreateManyRow, DbClient } from "./insert-in-chunks.ts";
import { factoryRng } from "./factory-rng.ts";

export type CommCentreRuleRow = CreateManyRow<"commCentreRule">;
export type CtiIntegrationRow = CreateManyRow<"ctiIntegration">;
export type IntegrationSecretRow = CreateManyRow<"integrationSecret">;
export type MessageTemplateRow = CreateManyRow<"messageTemplate">;
export type MessageTemplateVersionRow = CreateManyRow<"messageTemplateVersion">;

export { COMM_CENTRE_ACTIONS, COMM_CENTRE_TOOLS } from "../../server/comm-tools/catalog.ts";
export type { RuleConditions as CommCentreConditions } from "../../server/comm-tools/catalog.ts";
import type { RuleConditions as CommCentreConditions } from "../../server/comm-tools/catalog.ts";

export function buildCommCentreRule(
  rng: Rng,
  overrides: Partial<Omit<CommCentreRuleRow, "conditions">> & { conditions?: CommCentreConditions } = {},
): CommCentreRuleRow {
  return {
    id: rng.uuid(),
    name: `Rule ${rng.digits(4)}`,
    priority: 100,
    enabled: true,
    tools: ["ANALYTICS"],
    actions: ["START_CALL", "SEND_EMAIL", "NEW_INTERACTION"],
    ...overrides,
    conditions: (overrides.conditions ?? {}) as Prisma.InputJsonValue,
  };
}

export function buildCtiIntegration(rng: Rng, overrides: Partial<CtiIntegrationRow> = {}): CtiIntegrationRow {
  return { id: rng.uuid(), name: `PBX ${rng.digits(6)}`, kind: "PBX", enabled: true, ...overrides };
}

export function buildIntegrationSecret(
  rng: Rng,
  overrides: Partial<IntegrationSecretRow> & Pick<IntegrationSecretRow, "integrationId">,
): IntegrationSecretRow {
  // 32 random bytes as hex, from the stream so demo data stays reproducible.
  return {
    id: rng.uuid(),
    secret: Array.from({ length: 4 }, () => rng.uuid().replace(/-/g, "").slice(0, 16)).join(""),
    ...overrides,
  };
}

export function buildMessageTemplate(
  rng: Rng,
  overrides: Partial<MessageTemplateRow> = {},
): MessageTemplateRow {
  return { id: rng.uuid(), name: `Template ${rng.digits(6)}`, channel: "EMAIL", ...overrides };
}

export function buildMessageTemplateVersion(
  rng: Rng,
  overrides: Partial<MessageTemplateVersionRow> & { templateId: string },
): MessageTemplateVersionRow {
  return {
    id: rng.uuid(),
    culture: "en-GB",
    subject: "Following up",
    body: "Dear {{contact.foreName}},\n\nThank you for your time today.\n\nKind regards,\n{{sender.name}}",
    ...overrides,
  };
}

export async function createCommCentreRule(
  db: DbClient,
  overrides: Parameters<typeof buildCommCentreRule>[1] = {},
): Promise<CommCentreRule> {
  return db.commCentreRule.create({ data: buildCommCentreRule(factoryRng(), overrides) });
}

/** An integration with one webhook secret (`secret`, random unless given). */
export async function createCtiIntegration(
  db: DbClient,
  input: Partial<CtiIntegrationRow> & { secret?: string } = {},
): Promise<CtiIntegration & { secret: string }> {
  const { secret, ...overrides } = input;
  const rng = factoryRng();
  const integration = await db.ctiIntegration.create({ data: buildCtiIntegration(rng, overrides) });
  const row = buildIntegrationSecret(rng, { integrationId: integration.id, ...(secret ? { secret } : {}) });
  await db.integrationSecret.create({ data: row });
  return { ...integration, secret: row.secret };
}

/** A template with the given culture versions (one en-GB version unless given). */
export async function createMessageTemplate(
  db: DbClient,
  input: Partial<MessageTemplateRow> & {
    versions?: Omit<Partial<MessageTemplateVersionRow>, "templateId">[];
  } = {},
): Promise<MessageTemplate> {
  const { versions = [{}], ...overrides } = input;
  const rng = factoryRng();
  const template = await db.messageTemplate.create({ data: buildMessageTemplate(rng, overrides) });
  for (const v of versions) {
    await db.messageTemplateVersion.create({
      data: buildMessageTemplateVersion(rng, { ...v, templateId: template.id }),
    });
  }
  return template;
}
