import type { ServiceContext } from "../service-context.ts";
import type { CreateInteractionRequest } from "../interactions/interaction-schema.ts";
import { renderTemplate } from "./render-template.ts";
import { CULTURE_PATTERN } from "./cultures.ts";

/**
 * "Use Template" on a new interaction. The rep normally sees the rendered text in the form and may
 * edit it; that edited Body is kept as written. When the Body arrives empty, the server renders the
 * template itself for the interaction's account, contact and opportunity (culture: the form's, else
 * the contact's, else the account's, else en-GB), so a message is never sent with raw placeholders
 * or nothing. Access to the records is checked by the render, as for any other read.
 */
export async function withTemplateRendered(
  ctx: ServiceContext,
  req: CreateInteractionRequest,
): Promise<CreateInteractionRequest> {
  const { result } = req;
  if (!result.useTemplate || !result.templateId || result.body) return req;
  const rendered = await renderTemplate(ctx, {
    templateId: result.templateId,
    accountId: req.accountId,
    contactId: req.contactId,
    opportunityId: req.opportunityId,
    // A culture the form sent that is not a culture tag is ignored, not a 500.
    culture: result.culture && CULTURE_PATTERN.test(result.culture) ? result.culture : undefined,
  });
  return {
    ...req,
    result: {
      ...result,
      body: rendered.body,
      subject: result.subject ?? rendered.subject ?? undefined,
      culture: rendered.culture,
      actionTemplateContent: result.actionTemplateContent ?? rendered.raw.body,
    },
  };
}
