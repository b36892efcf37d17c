import { requireAdminPage } from "@/server/auth/get-viewer.ts";
import { PageHeader } from "@/app/_components/ui";
import { TriageInbox } from "./TriageInbox.tsx";

export const metadata = { title: "Inbox triage · Admin · Dealfloor" };

export default async function InboxTriagePage() {
  await requireAdminPage();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Inbox triage"
        description="E-mails from the mailbox that matched no customer: no reply to one of our messages, and no contact with the sender's address. Assign each to a contact (it goes on the account's timeline) or discard it with a reason."
      />
      {/* Said plainly: with no mailbox configured nothing is read, so an empty list means nothing. */}
      <TriageInbox mailboxConfigured={Boolean(process.env.IMAP_URL)} />
    </div>
  );
}
