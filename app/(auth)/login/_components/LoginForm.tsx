"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Field, Input } from "@/app/_components/ui";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "@/server/auth/safe-callback-url.ts";
import { AuthShell } from "../../_components/AuthShell.tsx";
import { AuthFormError, AuthSubmit } from "../../_components/AuthFormParts.tsx";
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
    <AuthShell
      title="Sign in to Dealfloor"
      intro={<p>Use your work email and password.</p>}
      after={
        demoLogins.length > 0 && (
          <DemoLoginTable
            logins={demoLogins}
            password={demoPassword}
            onPick={(login) => {
              setEmail(login.email);
              if (demoPassword) setPassword(demoPassword);
              setError(null);
            }}
          />
        )
      }
    >
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
        {error && <AuthFormError testId="login-error">{error}</AuthFormError>}
        <AuthSubmit pending={pending} label="Sign in" pendingLabel="Signing in…" />
      </form>
    </AuthShell>
  );
}
