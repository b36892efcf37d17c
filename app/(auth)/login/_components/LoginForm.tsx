"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { LoaderCircle } from "lucide-react";
import { Button, Field, Input } from "@/app/_components/ui";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/server/auth/safe-callback-url.ts";
import { DemoLoginTable, type DemoLogin } from "./DemoLoginTable.tsx";

export function LoginForm({
  demoLogins,
  demoPassword,
  callbackUrl,
}: {
  demoLogins: DemoLogin[];
  demoPassword?: string;
  callbackUrl?: string;
}) {
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
      // next-auth reports a refused login as "CredentialsSignin"; throttling comes with our own text.
      setError(!res || res.error === "CredentialsSignin" ? "Wrong email or password." : res.error);
      return;
    }
    // Stay pending through the navigation: the button must not invite a second click.
    // Checked again here: the prop is the page's, but the form is what navigates.
    router.push(safeCallbackPath(callbackUrl) ?? DEFAULT_AFTER_SIGN_IN);
    router.refresh();
  }

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-slate-100 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-center gap-2.5">
          <span
            aria-hidden
            className="grid size-8 place-items-center rounded-lg bg-blue-600 text-sm font-bold text-white shadow-sm"
          >
            D
          </span>
          <span className="text-lg font-semibold tracking-tight text-slate-900">Dealfloor</span>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold text-slate-900">Sign in to Dealfloor</h1>
          <p className="mt-0.5 mb-5 text-[13px] text-slate-600">Use your work email and password.</p>
          <form onSubmit={onSubmit} className="space-y-3.5" noValidate aria-label="Sign in">
            <Field label="Email">
              {(ids) => (
                <Input
                  {...ids}
                  type="email"
                  name="email"
                  autoComplete="username"
                  autoFocus
                  spellCheck={false}
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              )}
            </Field>
            <Field label="Password">
              {(ids) => (
                <Input
                  {...ids}
                  type="password"
                  name="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              )}
            </Field>
            {error && (
              <p
                data-testid="login-error"
                className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-800"
              >
                {error}
              </p>
            )}
            <Button type="submit" variant="primary" className="mt-1 w-full" disabled={pending}>
              {pending && <LoaderCircle aria-hidden className="motion-safe:animate-spin" />}
              {pending ? "Signing in…" : "Sign in"}
            </Button>
          </form>
        </div>
        {demoLogins.length > 0 && (
          <DemoLoginTable
            logins={demoLogins}
            password={demoPassword}
            onPick={(login) => {
              setEmail(login.email);
              if (demoPassword) setPassword(demoPassword);
              setError(null);
            }}
          />
        )}
      </div>
    </main>
  );
}
