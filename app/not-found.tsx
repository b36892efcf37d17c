import Link from "next/link";

export default function NotFound() {
  return (
    <main className="grid min-h-[60vh] place-items-center p-8">
      <div className="text-center">
        <p className="text-sm font-medium text-blue-700">404</p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">Page not found</h1>
        <p className="mt-2 text-sm text-slate-600">The page or record does not exist, or you do not have access to it.</p>
        <Link href="/accounts" className="mt-4 inline-block text-sm font-medium text-blue-700 hover:underline">
          Back to Accounts
        </Link>
      </div>
    </main>
  );
}
