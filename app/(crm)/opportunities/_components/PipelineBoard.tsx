"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type DragEvent, type KeyboardEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { formatDate, formatMoney, formatPercent } from "@/app/_components/format";
import { DEFAULT_PROBABILITY, STAGES, adjacentStage } from "@/server/opportunities/stage-defaults.ts";
import type { PipelineBoard as Board, PipelineCard } from "@/server/pipeline/pipeline-board.ts";
import { enumLabel } from "../../_list/search-params.ts";

type Stage = (typeof STAGES)[number];

const noSubscription = () => () => {};
/** True once the board is interactive in the browser (false in the server's HTML). */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
type Override = { stage: Stage; version: number; probability: number };

/**
 * The kanban. Cards move by drag and drop or from the keyboard (Alt+→ / Alt+← on a focused card,
 * or its "Move to" menu). A move shows at once, is saved with the card's version, and the totals
 * are recomputed on the server; a conflict puts the card back and says why.
 */
export function PipelineBoard({ board }: { board: Board }) {
  const trpc = useTRPC();
  const router = useRouter();
  const move = useMutation(trpc.opportunities.moveStage.mutationOptions());
  const [overrides, setOverrides] = useState<Record<string, Override>>({});
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<Stage | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const focusAfterMove = useRef<string | null>(null);
  const hydrated = useHydrated();

  // Server data wins once it has caught up with a local move.
  const cards = board.columns
    .flatMap((c) => c.cards)
    .map((card) => {
      const o = overrides[card.id];
      return o && o.version > card.version ? { ...card, ...o } : card;
    });
  const byId = new Map(cards.map((c) => [c.id, c]));

  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    document.querySelector<HTMLElement>(`[data-card-id="${id}"]`)?.focus();
  });

  function moveCard(card: PipelineCard, stage: Stage, viaKeyboard: boolean) {
    if (card.stage === stage) return;
    const optimistic: Override = {
      stage,
      version: card.version + 1,
      probability: DEFAULT_PROBABILITY[stage],
    };
    setOverrides((o) => ({ ...o, [card.id]: optimistic }));
    setError(null);
    if (viaKeyboard) focusAfterMove.current = card.id;
    move.mutate(
      { id: card.id, version: card.version, stage },
      {
        onSuccess: (saved) => {
          setOverrides((o) => ({
            ...o,
            [card.id]: { stage: saved.stage, version: saved.version, probability: saved.probability },
          }));
          setAnnouncement(
            `${card.name} moved to ${enumLabel(stage)}, probability ${formatPercent(saved.probability / 100)}.`,
          );
          router.refresh();
        },
        onError: (e) => {
          setOverrides((o) => {
            const { [card.id]: _dropped, ...rest } = o;
            return rest;
          });
          const conflict = e instanceof TRPCClientError && e.data?.code === "CONFLICT";
          const message = conflict
            ? `${card.name} was changed by someone else; the board has been reloaded. Try the move again.`
            : e.message;
          setError(message);
          setAnnouncement(message);
          router.refresh();
        },
      },
    );
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>, card: PipelineCard) {
    if (!e.altKey || (e.key !== "ArrowRight" && e.key !== "ArrowLeft")) return;
    e.preventDefault();
    const next = adjacentStage(card.stage, e.key === "ArrowRight" ? 1 : -1);
    if (next) moveCard(card, next, true);
  }

  function onDrop(e: DragEvent<HTMLElement>, stage: Stage) {
    e.preventDefault();
    setOver(null);
    const card = byId.get(e.dataTransfer.getData("text/plain") || dragging || "");
    setDragging(null);
    if (card) moveCard(card, stage, false);
  }

  return (
    <div className="space-y-2" data-board-ready={hydrated}>
      <p className="text-xs text-slate-500" id="board-help">
        Drag a card to another stage, or focus a card and press Alt+→ / Alt+← (or use its “Move to” menu).
      </p>
      <div aria-live="polite" className="sr-only" data-testid="board-announcement">
        {announcement}
      </div>
      {error && (
        <p
          role="alert"
          data-testid="board-error"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {error}
        </p>
      )}
      <div
        className="grid auto-cols-[minmax(13rem,1fr)] grid-flow-col gap-2 overflow-x-auto pb-2"
        tabIndex={-1}
      >
        {board.columns.map((column) => {
          const stage = column.stage as Stage;
          const columnCards = cards.filter((c) => c.stage === stage);
          const hidden = column.count - column.cards.length;
          return (
            <section
              key={stage}
              aria-labelledby={`stage-${stage}`}
              data-stage={stage}
              onDragOver={(e) => {
                e.preventDefault();
                e.dataTransfer.dropEffect = "move";
                setOver(stage);
              }}
              onDragLeave={() => setOver((s) => (s === stage ? null : s))}
              onDrop={(e) => onDrop(e, stage)}
              className={`flex min-h-[60vh] flex-col rounded-lg border bg-slate-50 ${over === stage ? "border-blue-500 ring-2 ring-blue-500/30" : "border-slate-200"}`}
            >
              <header className="border-b border-slate-200 px-2.5 py-2">
                <h2
                  id={`stage-${stage}`}
                  className="flex items-baseline justify-between text-xs font-semibold tracking-wide text-slate-700 uppercase"
                >
                  <span>{enumLabel(stage)}</span>
                  <span className="font-normal text-slate-500" data-testid={`count-${stage}`}>
                    {column.count}
                  </span>
                </h2>
                <dl className="mt-1 grid grid-cols-2 gap-x-2 text-[11px] text-slate-600">
                  <dt>Amount</dt>
                  <dd
                    className="text-right font-medium text-slate-900 tabular-nums"
                    data-testid={`amount-${stage}`}
                  >
                    {formatMoney(column.amountEur, board.currency)}
                  </dd>
                  <dt>Weighted</dt>
                  <dd
                    className="text-right font-medium text-slate-900 tabular-nums"
                    data-testid={`weighted-${stage}`}
                  >
                    {formatMoney(column.weightedEur, board.currency)}
                  </dd>
                </dl>
              </header>
              <ul className="flex-1 space-y-1.5 p-1.5" aria-label={`${enumLabel(stage)} opportunities`}>
                {columnCards.map((card) => (
                  <li
                    key={card.id}
                    data-card-id={card.id}
                    tabIndex={0}
                    draggable
                    aria-describedby="board-help"
                    aria-label={`${card.name}, ${enumLabel(card.stage)}, ${formatMoney(card.estimatedAmount, card.currency)}, ${formatPercent(card.probability / 100)}`}
                    onDragStart={(e) => {
                      e.dataTransfer.setData("text/plain", card.id);
                      e.dataTransfer.effectAllowed = "move";
                      setDragging(card.id);
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setOver(null);
                    }}
                    onKeyDown={(e) => onKeyDown(e, card)}
                    className={`cursor-grab rounded-md border border-slate-200 bg-white p-2 text-xs shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${dragging === card.id ? "opacity-50" : ""}`}
                  >
                    <Link
                      href={`/opportunities/${card.id}`}
                      className="block font-medium text-slate-900 hover:text-blue-700 hover:underline"
                      tabIndex={-1}
                      draggable={false}
                    >
                      {card.name}
                    </Link>
                    <div className="mt-1 flex justify-between text-slate-600">
                      <span className="tabular-nums">{formatMoney(card.estimatedAmount, card.currency)}</span>
                      <span className="tabular-nums">{formatPercent(card.probability / 100)}</span>
                    </div>
                    <div className="mt-0.5 flex justify-between text-[11px] text-slate-500">
                      <span className="truncate">{card.owner.name}</span>
                      <span>{formatDate(card.closeDate)}</span>
                    </div>
                    <label className="mt-1 flex items-center gap-1 text-[11px] text-slate-500">
                      Move to
                      <select
                        aria-label={`Move ${card.name} to`}
                        value={card.stage}
                        onChange={(e) => moveCard(card, e.target.value as Stage, true)}
                        className="h-6 flex-1 rounded border border-slate-300 bg-white px-1 text-[11px] text-slate-800"
                      >
                        {STAGES.map((s) => (
                          <option key={s} value={s}>
                            {enumLabel(s)}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                ))}
              </ul>
              {hidden > 0 && (
                <Link
                  href={`/opportunities?stage=${stage}`}
                  className="px-2.5 pb-2 text-[11px] text-blue-700 hover:underline"
                >
                  {hidden} more in the list
                </Link>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
