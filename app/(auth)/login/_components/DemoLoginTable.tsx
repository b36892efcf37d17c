"use client";

export type DemoLogin = { email: string; name: string; role: string };

function roleLabel(role: string): string {
  return role.charAt(0) + role.slice(1).toLowerCase();
}

/** Only shown when the database holds demo data: one click fills the form for that user. */
export function DemoLoginTable({
  logins,
  password,
  onPick,
}: {
  logins: DemoLogin[];
  password?: string;
  onPick: (login: DemoLogin) => void;
}) {
  return (
    <section
      aria-labelledby="demo-heading"
      className="mt-4 rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-100 px-4 py-2.5">
        <h2 id="demo-heading" className="text-[13px] font-semibold text-slate-900">
          Demo logins
        </h2>
        <p className="text-xs text-slate-600">
          Demo data only.
          {password && (
            <>
              {" "}
              Every user&apos;s password is{" "}
              <code className="rounded bg-slate-100 px-1 font-mono text-slate-800">{password}</code>.
            </>
          )}{" "}
          Pick a row to fill the form.
        </p>
      </div>
      <table className="w-full text-left text-xs">
        <thead className="sr-only">
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {logins.map((u) => (
            // The row is the click target; the button inside is what the keyboard reaches.
            <tr
              key={u.email}
              onClick={() => onPick(u)}
              className="cursor-pointer border-t border-slate-100 first:border-t-0 hover:bg-blue-50/60"
            >
              <td className="h-7 pr-2 pl-4">
                <button
                  type="button"
                  onClick={(e) => {
                    e.stopPropagation();
                    onPick(u);
                  }}
                  className="rounded text-left font-medium text-blue-700 hover:underline focus-visible:outline-offset-1"
                >
                  {u.email}
                </button>
              </td>
              <td className="pr-2 whitespace-nowrap text-slate-700">{u.name}</td>
              <td className="pr-4 text-right whitespace-nowrap text-slate-500">{roleLabel(u.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
