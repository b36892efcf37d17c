"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Field, Input } from "@/app/_components/ui";
import { AuthShell } from "../../_components/AuthShell.tsx";
import { AuthFormError, AuthSubmit } from "../../_components/AuthFormParts.tsx";

type Fields = { setupCode: string; name: string; email: string; password: string; confirmPassword: string };
type FieldName = keyof Fields;

const EMPTY: Fields = { setupCode: "", name: "", email: "", password: "", confirmPassword: "" };

/** Where the new administrator lands: the users, teams and integrations are set up from there. */
const AFTER_SETUP = "/admin";

export function SetupForm({ passwordHint, setupCodeHint }: { passwordHint: string; setupCodeHint: string }) {
  const router = useRouter();
  const [values, setValues] = useState<Fields>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<{ message: string; setUp?: boolean } | null>(null);
  const [pending, setPending] = useState(false);

  const set = (name: FieldName) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setFieldErrors({});
    const res = await fetch("/api/setup", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(values),
    }).catch(() => null);
    if (!res?.ok) {
      setPending(false);
      const body = (await res?.json().catch(() => null)) as {
        error?: { message?: string; fieldErrors?: Record<string, string[]> };
      } | null;
      const fields = body?.error?.fieldErrors ?? {};
      setFieldErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v[0]])));
      if (!Object.keys(fields).length)
        setError({
          message: body?.error?.message ?? "The server did not answer. Try again.",
          setUp: res?.status === 409,
        });
      return;
    }
    // Signed in at once with what was just typed; should that fail, the login page is one click.
    const signedIn = await signIn("credentials", {
      email: values.email,
      password: values.password,
      redirect: false,
    });
    router.push(signedIn && !signedIn.error ? AFTER_SETUP : "/login");
    router.refresh();
  }

  return (
    <AuthShell
      title="Create the first administrator"
      intro={
        <p>
          This database has no users yet. The administrator you create here adds everyone else. This page is
          shown only once, to whoever has the server&rsquo;s setup code.
        </p>
      }
    >
      <form
        onSubmit={onSubmit}
        className="space-y-3.5"
        noValidate
        aria-label="Create the first administrator"
      >
        <Field label="Setup code" error={fieldErrors.setupCode} hint={setupCodeHint} required>
          {(ids) => (
            <Input
              {...ids}
              name="setupCode"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder="XXXX-XXXX-XXXX"
              className="font-mono tracking-wider"
              autoFocus
              value={values.setupCode}
              onChange={set("setupCode")}
            />
          )}
        </Field>
        <Field label="Name" error={fieldErrors.name} required>
          {(ids) => (
            <Input {...ids} name="name" autoComplete="name" value={values.name} onChange={set("name")} />
          )}
        </Field>
        <Field label="Email" error={fieldErrors.email} required>
          {(ids) => (
            <Input
              {...ids}
              type="email"
              name="email"
              autoComplete="username"
              spellCheck={false}
              value={values.email}
              onChange={set("email")}
            />
          )}
        </Field>
        <Field label="Password" error={fieldErrors.password} hint={passwordHint} required>
          {(ids) => (
            <Input
              {...ids}
              type="password"
              name="password"
              autoComplete="new-password"
              value={values.password}
              onChange={set("password")}
            />
          )}
        </Field>
        <Field label="Repeat the password" error={fieldErrors.confirmPassword} required>
          {(ids) => (
            <Input
              {...ids}
              type="password"
              name="confirmPassword"
              autoComplete="new-password"
              value={values.confirmPassword}
              onChange={set("confirmPassword")}
            />
          )}
        </Field>
        {error && (
          <AuthFormError testId="setup-error">
            {error.message}
            {error.setUp && (
              <>
                {" "}
                <Link href="/login" className="font-medium underline">
                  Go to sign in
                </Link>
              </>
            )}
          </AuthFormError>
        )}
        <AuthSubmit pending={pending} label="Create administrator" pendingLabel="Creating…" />
      </form>
    </AuthShell>
  );
}
