import { TimelineView } from "../../../_timeline/TimelineView.tsx";
import type { SearchParams } from "../../../_list/search-params.ts";

export const metadata = { title: "Interactions Timeline · Dealfloor" };

export default async function AccountTimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  return <TimelineView subject="account" subjectId={id} backHref={`/accounts/${id}`} sp={sp} />;
}
