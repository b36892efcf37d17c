import { Headset } from "lucide-react";
import { api } from "@/server/trpc/server-caller.ts";
import { formatDateTime } from "@/app/_components/format";
import { Badge } from "@/app/_components/ui";
import { communicationHref } from "../_shell/comm/communication-href.ts";
import { ListPage } from "../_list/ListPage.tsx";
import { enumLabel, param, type SearchParams } from "../_list/search-params.ts";

export const metadata = { title: "Communication Centre · Dealfloor" };

export default async function CommunicationCentrePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const sp = await searchParams;
  const trpc = await api();
  const page = await trpc.communications.latest({ cursor: param(sp, "cursor") });

  return (
    <ListPage
      title="Communication Centre"
      description="Latest Communications: your most recent calls, chats, emails and meetings, newest first."
      pathname="/communication-centre"
      searchParams={sp}
      page={page}
      empty={{
        icon: Headset,
        title: "No communications yet",
        description: "Calls, chats and messages you handle appear here.",
      }}
      getRowKey={(i) => i.id}
      rowHref={(i) => communicationHref(i)}
      columns={[
        {
          key: "when",
          header: "Activity Date",
          cell: (i) => formatDateTime(i.at),
        },
        { key: "account", header: "Account", cell: (i) => i.account?.partyGroupName ?? i.fromAddress ?? "—" },
        {
          key: "contact",
          header: "Contact",
          cell: (i) => (i.contact ? `${i.contact.foreName} ${i.contact.surname}` : "—"),
        },
        { key: "channel", header: "Channel", cell: (i) => enumLabel(i.channel) },
        { key: "dir", header: "Direction", cell: (i) => (i.direction ? enumLabel(i.direction) : "—") },
        {
          key: "name",
          header: "Name",
          cell: (i) => (i.reportPending ? <Badge tone="amber">{i.title}</Badge> : i.title),
        },
        { key: "result", header: "Result Type", cell: (i) => i.resultType ?? "—" },
      ]}
    />
  );
}
