import { SearchX } from "lucide-react";
import { Button } from "@/app/_components/ui";

export const metadata = { title: "Page not found · Dealfloor" };

// Also what a user sees for a record they may not open: the same page, so a 404 does not
// reveal that a record exists.
export default function NotFound() {
  return (
    <main className="grid min-h-dvh place-items-center bg-slate-50 p-8">
      <div className="flex max-w-sm flex-col items-center text-center">
        <span className="mb-3 grid size-11 place-items-center rounded-full bg-slate-200/70 text-slate-500">
          <SearchX aria-hidden size={22} />
        </span>
        <p className="text-xs font-semibold tracking-wide text-blue-700 uppercase">404</p>
        <h1 className="mt-1 text-xl font-semibold tracking-tight text-slate-900">Page not found</h1>
        <p className="mt-1.5 text-[13px] text-slate-600">
          The page or record does not exist, or you do not have access to it.
        </p>
        <div className="mt-5 flex gap-2">
          <Button href="/accounts" variant="primary">
            Back to Accounts
          </Button>
          <Button href="/search">Search</Button>
        </div>
      </div>
    </main>
  );
}
