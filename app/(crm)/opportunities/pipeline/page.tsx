import { api } from "@/server/trpc/server-caller.ts";
import { Button, PageHeader } from "@/app/_components/ui";
import { formatDate, formatMoney } from "@/app/_components/format";
import { hrefWith, param, type SearchParams } from "../../_list/search-params.ts";
import { PipelineBoard } from "../_components/PipelineBoard.tsx";

export const metadata = { title: "Pipeline · Dealfloor" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function PipelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  // Unknown or malformed filters are ignored, like every list's URL.
  const ownerId = param(sp, "owner")?.match(UUID)?.[0];
  const teamId = param(sp, "team")?.match(UUID)?.[0];
  const trpc = await api();
  const [board, filters] = await Promise.all([
    trpc.pipeline.board({ ownerId, teamId }),
    trpc.pipeline.filters(),
  ]);
  const chip = (active: boolean) =>
    `rounded-full border px-2.5 py-0.5 text-xs ${active ? "border-blue-600 bg-blue-50 font-medium text-blue-800" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;

  return (
    <div className="space-y-3">
      <PageHeader
        title="Pipeline"
        description={`Open deals by stage, and deals closed since ${formatDate(board.since)}. Totals in ${board.currency}.`}
        actions={
          <>
            <Button href="/opportunities">List</Button>
            <Button variant="primary" href="/opportunities/new">
              New opportunity
            </Button>
          </>
        }
      />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-xs">
        {filters.teams.length > 1 && (
          <nav aria-label="Team" className="flex flex-wrap items-center gap-1.5">
            <span className="font-medium text-slate-600">Team</span>
            <a
              href={hrefWith("/opportunities/pipeline", sp, { team: undefined })}
              className={chip(!teamId)}
              aria-current={!teamId ? "page" : undefined}
            >
              All
            </a>
            {filters.teams.map((t) => (
              <a
                key={t.id}
                href={hrefWith("/opportunities/pipeline", sp, { team: t.id })}
                className={chip(teamId === t.id)}
                aria-current={teamId === t.id ? "page" : undefined}
              >
                {t.name}
              </a>
            ))}
          </nav>
        )}
        <nav aria-label="Rep" className="flex flex-wrap items-center gap-1.5">
          <span className="font-medium text-slate-600">Rep</span>
          <a
            href={hrefWith("/opportunities/pipeline", sp, { owner: undefined })}
            className={chip(!ownerId)}
            aria-current={!ownerId ? "page" : undefined}
          >
            Everyone
          </a>
          {filters.reps.map((r) => (
            <a
              key={r.id}
              href={hrefWith("/opportunities/pipeline", sp, { owner: r.id })}
              className={chip(ownerId === r.id)}
              aria-current={ownerId === r.id ? "page" : undefined}
            >
              {r.name}
            </a>
          ))}
        </nav>
      </div>
      <dl
        className="flex flex-wrap gap-x-8 gap-y-1 rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm"
        data-testid="pipeline-totals"
      >
        <div>
          <dt className="text-xs text-slate-500">Open deals</dt>
          <dd className="font-semibold tabular-nums">{board.totals.openCount}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Open pipeline</dt>
          <dd className="font-semibold tabular-nums" data-testid="total-amount">
            {formatMoney(board.totals.openAmountEur, board.currency)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Weighted by probability</dt>
          <dd className="font-semibold tabular-nums" data-testid="total-weighted">
            {formatMoney(board.totals.openWeightedEur, board.currency)}
          </dd>
        </div>
      </dl>
      <PipelineBoard board={board} />
    </div>
  );
}
