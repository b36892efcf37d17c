import { z } from "zod";
import { zText } from "../records/text.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../service-context.ts";
import { notFound } from "../errors.ts";
import { ZRecordId } from "../records/record-id.ts";
import { assertVersion, mutate } from "../records/mutate.ts";
import { COMM_CENTRE_ACTIONS, COMM_CENTRE_TOOLS, ZRuleConditionsSchema } from "./catalog.ts";

export const ZRuleInputSchema = z.object({
  name: zText().min(1, "Name is required").max(120),
  priority: z.coerce.number().int("Priority is a whole number").min(0, "Priority is 0 or more").max(10_000),
  enabled: z.boolean().default(true),
  conditions: ZRuleConditionsSchema,
  tools: z.array(z.enum(COMM_CENTRE_TOOLS)).max(COMM_CENTRE_TOOLS.length),
  actions: z
    .array(z.enum(COMM_CENTRE_ACTIONS))
    .min(1, "Allow at least one action")
    .max(COMM_CENTRE_ACTIONS.length),
});
export const ZUpdateRuleRequestSchema = ZRuleInputSchema.extend({
  id: ZRecordId,
  version: z.number().int().min(1),
});
export const ZDeleteRuleRequestSchema = z.object({ id: ZRecordId });

// Empty condition lists are stored as absent: "no condition", not "matches nothing".
function cleanConditions(c: z.infer<typeof ZRuleConditionsSchema>): Prisma.InputJsonValue {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => Array.isArray(v) && v.length > 0));
}

export function listRules({ db }: ServiceContext) {
  return db.commCentreRule.findMany({ orderBy: [{ priority: "asc" }, { name: "asc" }] });
}

export async function createRule(ctx: ServiceContext, input: z.input<typeof ZRuleInputSchema>) {
  const data = ZRuleInputSchema.parse(input);
  return mutate(ctx, {
    action: "create",
    entityType: "CommCentreRule",
    run: async (tx) => {
      const rule = await tx.commCentreRule.create({
        data: { ...data, conditions: cleanConditions(data.conditions) },
      });
      return { result: rule, entityId: rule.id, after: rule };
    },
  });
}

export async function updateRule(ctx: ServiceContext, input: z.input<typeof ZUpdateRuleRequestSchema>) {
  const { id, version, ...data } = ZUpdateRuleRequestSchema.parse(input);
  return mutate(ctx, {
    action: "update",
    entityType: "CommCentreRule",
    run: async (tx) => {
      const before = await tx.commCentreRule.findUnique({ where: { id } });
      if (!before) throw notFound("Rule");
      assertVersion(before, version, "Rule");
      // Saved only on the version the editor read, in one statement: of concurrent saves one
      // wins and the others get the same conflict as a save on a stale form.
      const { count } = await tx.commCentreRule.updateMany({
        where: { id, version },
        data: { ...data, conditions: cleanConditions(data.conditions), version: { increment: 1 } },
      });
      if (count !== 1)
        assertVersion(await tx.commCentreRule.findUniqueOrThrow({ where: { id } }), version, "Rule");
      const rule = await tx.commCentreRule.findUniqueOrThrow({ where: { id } });
      return { result: rule, entityId: id, before, after: rule };
    },
  });
}

export async function deleteRule(ctx: ServiceContext, input: z.input<typeof ZDeleteRuleRequestSchema>) {
  const { id } = ZDeleteRuleRequestSchema.parse(input);
  return mutate(ctx, {
    action: "delete",
    entityType: "CommCentreRule",
    run: async (tx) => {
      const before = await tx.commCentreRule.findUnique({ where: { id } });
      if (!before) throw notFound("Rule");
      // A rule deleted by a concurrent request is as missing as one deleted before: no 500.
      const { count } = await tx.commCentreRule.deleteMany({ where: { id } });
      if (count !== 1) throw notFound("Rule");
      return { result: { id }, entityId: id, before };
    },
  });
}
