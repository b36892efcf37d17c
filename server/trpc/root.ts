import { createCallerFactory, createTRPCRouter } from "./init.ts";
import { accountsRouter } from "../accounts/router.ts";
import { contactsRouter } from "../contacts/router.ts";
import { leadsRouter } from "../leads/router.ts";
import { opportunitiesRouter } from "../opportunities/router.ts";
import { eventsRouter } from "../events/router.ts";
import { campaignsRouter } from "../campaigns/router.ts";
import { agreementsRouter } from "../agreements/router.ts";
import { forecastsRouter } from "../forecasts/router.ts";
import { timelineRouter } from "../timeline/router.ts";
import { dashboardsRouter } from "../dashboards/router.ts";
import { communicationsRouter } from "../communications/router.ts";
import { adminRouter } from "../admin/router.ts";
import { interactionsRouter } from "../interactions/router.ts";
import { salesTabRouter } from "../sales-tab/router.ts";
import { searchRouter } from "../search/router.ts";
import { importsRouter } from "../import/router.ts";
import { pipelineRouter } from "../pipeline/router.ts";
import { telephonyRouter } from "../telephony/router.ts";
import { callReportRouter } from "../call-report/router.ts";
import { commToolsRouter } from "../comm-tools/router.ts";
import { dealsRouter } from "../deals/router.ts";
import { tasksRouter } from "../tasks/router.ts";
import { simulatorRouter } from "../simulator/router.ts";
import { viewsRouter } from "../lists/router.ts";
import { mechanismsRouter } from "../contact-mechanisms/router.ts";
import { contractsRouter } from "../contracts/router.ts";
import { passwordResetRouter } from "../auth/reset-password-router.ts";
import { attachmentsRouter } from "../attachments/router.ts";
import { linksRouter } from "../links/router.ts";
import { applicationsRouter } from "../applications/router.ts";
import { contactListsRouter } from "../contact-lists/router.ts";
import { messagesRouter } from "../messaging/router.ts";
import { inboxRouter } from "../messaging/imap/router.ts";
import { templatesRouter } from "../templates/router.ts";

export const appRouter = createTRPCRouter({
  accounts: accountsRouter,
  contacts: contactsRouter,
  leads: leadsRouter,
  opportunities: opportunitiesRouter,
  events: eventsRouter,
  campaigns: campaignsRouter,
  agreements: agreementsRouter,
  forecasts: forecastsRouter,
  timeline: timelineRouter,
  dashboards: dashboardsRouter,
  communications: communicationsRouter,
  admin: adminRouter,
  interactions: interactionsRouter,
  salesTab: salesTabRouter,
  search: searchRouter,
  imports: importsRouter,
  pipeline: pipelineRouter,
  telephony: telephonyRouter,
  callReport: callReportRouter,
  commTools: commToolsRouter,
  deals: dealsRouter,
  tasks: tasksRouter,
  simulator: simulatorRouter,
  views: viewsRouter,
  mechanisms: mechanismsRouter,
  contracts: contractsRouter,
  passwordReset: passwordResetRouter,
  attachments: attachmentsRouter,
  links: linksRouter,
  applications: applicationsRouter,
  contactLists: contactListsRouter,
  messages: messagesRouter,
  inbox: inboxRouter,
  templates: templatesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
