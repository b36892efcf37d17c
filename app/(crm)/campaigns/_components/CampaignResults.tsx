import { formatMoney } from "@/app/_components/format";

type Results = {
  leads: number;
  convertedLeads: number;
  opportunities: number;
  openOpportunities: number;
  won: number;
  lost: number;
  wonAmount: string;
  currency: string;
  wonByCurrency: { currency: string; amount: string }[];
};

function Tile({
  label,
  value,
  detail,
  title = value,
}: {
  label: string;
  value: string;
  detail: string;
  title?: string;
}) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 truncate text-xl font-semibold text-slate-900 tabular-nums" title={title}>
        {value}
      </dd>
      <dd className="mt-0.5 truncate text-xs text-slate-600" title={detail}>
        {detail}
      </dd>
    </div>
  );
}

/** What the campaign brought in, as the viewer may see it: a funnel of tiles and a bar per stage. */
export function CampaignResults({ r }: { r: Results }) {
  const funnel = [
    { label: "Leads", n: r.leads },
    { label: "Opportunities", n: r.opportunities },
    { label: "Won", n: r.won },
  ];
  const top = Math.max(1, ...funnel.map((f) => f.n));
  const perCurrency =
    r.wonByCurrency.length > 1
      ? r.wonByCurrency.map((w) => formatMoney(w.amount, w.currency)).join(" + ")
      : "closed-won";
  return (
    <section aria-labelledby="campaign-results" className="space-y-2">
      <h2 id="campaign-results" className="text-sm font-semibold text-slate-800">
        Results
      </h2>
      <div className="grid gap-3 2xl:grid-cols-[1fr_16rem]">
        <dl className="grid grid-cols-2 gap-3 xl:grid-cols-4">
          <Tile label="Leads" value={String(r.leads)} detail={`${r.convertedLeads} converted`} />
          <Tile
            label="Opportunities"
            value={String(r.opportunities)}
            detail={`${r.openOpportunities} open · ${r.lost} lost`}
          />
          <Tile label="Won" value={String(r.won)} detail={`of ${r.opportunities}`} />
          <Tile
            label="Won amount"
            value={formatMoney(r.wonAmount, r.currency, { compact: true })}
            detail={perCurrency}
            title={formatMoney(r.wonAmount, r.currency, { fractionDigits: 2 })}
          />
        </dl>
        <figure className="rounded-lg border border-slate-200 bg-white px-4 py-3">
          <figcaption className="mb-2 text-xs font-medium text-slate-600">Funnel</figcaption>
          <ul className="space-y-1.5" aria-label="Campaign funnel">
            {funnel.map((f) => (
              <li key={f.label} className="grid grid-cols-[6.5rem_1fr_2rem] items-center gap-2 text-xs">
                <span className="text-slate-700">{f.label}</span>
                <span className="h-2.5 rounded bg-slate-100">
                  <span
                    className="block h-2.5 rounded bg-blue-600"
                    style={{ width: `${(f.n / top) * 100}%` }}
                  />
                </span>
                <span className="text-right text-slate-900 tabular-nums">{f.n}</span>
              </li>
            ))}
          </ul>
        </figure>
      </div>
    </section>
  );
}
