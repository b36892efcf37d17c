"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button, Field, Input } from "@/app/_components/ui";

type DemoLogin = { email: string; name: string; role: string };

export function LoginForm({ demoLogins, demoPassword, callbackUrl }: { demoLogins: DemoLogin[]; demoPassword?: string; callbackUrl?: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const res = await signIn("credentials", { email, password, redirect: false });
    if (!res || res.error) {
      setPending(false);
      // next-auth reports a refused login as "CredentialsSignin"; throttling comes with our text.
      setError(!res || res.error === "CredentialsSignin" ? "Wrong email or password." : res.error);
      return;
    }
    router.push(callbackUrl ?? "/accounts");
    router.refresh();
  }

  return (
    <main className="grid min-h-screen place-items-center bg-slate-100 p-6">
      <div className="w-full max-w-md space-y-4">
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <div className="mb-5 flex items-center gap-2">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded bg-blue-600 text-sm font-bold text-white">D</span>
            <h1 className="text-lg font-semibold text-slate-900">Sign in to Dealfloor</h1>
          </div>
          <form onSubmit={onSubmit} className="space-y-3" noValidate>
            <Field label="Email">
              {(ids) => <Input {...ids} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Field>
            <Field label="Password">
              {(ids) => (
                <Input {...ids} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
              )}
            </Field>
            {error && (
              <p data-testid="login-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                {error}
              </p>
            )}
            <Button type="submit" variant="primary" className="w-full" disabled={pending}>
              {pending ? "Signing in…" : "Sign in"}
            </Button>
          </form>
        </div>
        {demoLogins.length > 0 && (
          <section aria-labelledby="demo-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="demo-heading" className="text-sm font-semibold text-slate-900">Demo logins</h2>
            <p className="mt-0.5 text-xs text-slate-600">
              This database holds demo data. Password: <code className="font-mono">{demoPassword}</code>. Choose one to fill the form.
            </p>
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {demoLogins.map((u) => (
                <li key={u.email}>
                  <button
                    type="button"
                    onClick={() => {
                      setEmail(u.email);
                      if (demoPassword) setPassword(demoPassword);
                    }}
                    className="flex w-full items-center justify-between gap-3 px-1 py-1.5 text-left hover:bg-slate-50"
                  >
                    <span className="font-mono text-xs text-slate-800">{u.email}</span>
                    <span className="text-xs text-slate-600">
                      {u.name} · {u.role.charAt(0) + u.role.slice(1).toLowerCase()}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
