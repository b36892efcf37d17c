import type { z } from "zod";
import { accountScope, contactScope, opportunityScope } from "../access/visibility.ts";
import { notFound } from "../errors.ts";
import type { ServiceContext } from "../service-context.ts";
import { DEFAULT_CULTURE } from "./cultures.ts";
import type { PlaceholderRecords } from "./placeholders.ts";
import { fillTemplateText } from "./template-text.ts";
import { ZRenderTemplateRequestSchema, type RenderTemplateRequest } from "./template-input.ts";

export type CultureSource = "requested" | "contact" | "account" | "default" | "first available";

/**
 * The culture a message is written in: the one asked for, else the contact's, else the account's,
 * else en-GB — the first of these the template has a version for. When it has none of them, its
 * first version (alphabetically) is used and the answer says so.
 */
export function chooseCulture(
  available: readonly string[],
  wanted: { requested?: string | null; contact?: string | null; account?: string | null },
): { culture: string; source: CultureSource; fellBack: boolean; preferred: string } {
  const chain: [CultureSource, string | null | undefined][] = [
    ["requested", wanted.requested],
    ["contact", wanted.contact],
    ["account", wanted.account],
    ["default", DEFAULT_CULTURE],
  ];
  const candidates = chain.filter((c): c is [CultureSource, string] => Boolean(c[1]));
  const preferred = candidates[0]![1];
  for (const [source, culture] of candidates) {
    if (available.includes(culture)) return { culture, source, fellBack: culture !== preferred, preferred };
  }
  const first = [...available].sort()[0] ?? DEFAULT_CULTURE;
  return { culture: first, source: "first available", fellBack: first !== preferred, preferred };
}

/** The records a template is filled from, each read through the viewer's access (hidden = missing). */
async function loadRecords({ db, viewer }: ServiceContext, req: RenderTemplateRequest) {
  const account = await db.account.findFirst({
    where: { id: req.accountId, ...accountScope(viewer) },
    select: { partyGroupName: true, accountPin: true, location: true, culture: true },
  });
  if (!account) throw notFound("Account");
  const contact = req.contactId
    ? await db.contact.findFirst({
        where: { id: req.contactId, accountId: req.accountId, ...contactScope(viewer) },
        select: { foreName: true, middleInitial: true, surname: true, jobTitle: true, culture: true },
      })
    : null;
  if (req.contactId && !contact) throw notFound("Contact");
  const opportunity = req.opportunityId
    ? await db.opportunity.findFirst({
        where: { id: req.opportunityId, accountId: req.accountId, ...opportunityScope(viewer) },
        select: { name: true, nextStep: true },
      })
    : null;
  if (req.opportunityId && !opportunity) throw notFound("Opportunity");
  const records: PlaceholderRecords = {
    account,
    contact,
    opportunity,
    sender: { name: viewer.name, email: viewer.email },
  };
  return { records, cultures: { contact: contact?.culture, account: account.culture } };
}

/**
 * A template filled for a real record, in the culture chosen by `chooseCulture`. Plain text: the
 * e-mail path escapes it when it builds the HTML part (textToHtml). `raw` is the version's text
 * before filling (the Result tab's Action Template Content).
 */
export async function renderTemplate(
  ctx: ServiceContext,
  input: z.input<typeof ZRenderTemplateRequestSchema>,
) {
  const req = ZRenderTemplateRequestSchema.parse(input);
  const template = await ctx.db.messageTemplate.findUnique({
    where: { id: req.templateId },
    select: {
      id: true,
      name: true,
      channel: true,
      isMarketing: true,
      versions: { select: { culture: true, subject: true, body: true } },
    },
  });
  if (!template || template.versions.length === 0) throw notFound("Template");
  const { records, cultures } = await loadRecords(ctx, req);
  const choice = chooseCulture(
    template.versions.map((v) => v.culture),
    { requested: req.culture, ...cultures },
  );
  const version = template.versions.find((v) => v.culture === choice.culture)!;
  const subject = version.subject ? fillTemplateText(version.subject, records) : null;
  const body = fillTemplateText(version.body, records);
  return {
    templateId: template.id,
    name: template.name,
    channel: template.channel,
    isMarketing: template.isMarketing,
    ...choice,
    subject: subject?.text ?? null,
    body: body.text,
    raw: { subject: version.subject, body: version.body },
    missing: [...new Set([...(subject?.missing ?? []), ...body.missing])],
  };
}
