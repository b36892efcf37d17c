"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input } from "@/app/_components/ui";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { formatDateTime } from "@/app/_components/format";
import { PASSWORD_RULE } from "@/server/auth/password-policy.ts";

export function ResetPasswordForm({
  token,
  name,
  email,
  expiresAt,
}: {
  token: string;
  name: string;
  email: string;
  expiresAt: Date;
}) {
  const trpc = useTRPC();
  const reset = useMutation(trpc.passwordReset.reset.mutationOptions());
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const errors = serverErrors(reset.error);

  if (reset.isSuccess)
    return (
      <div role="status" className="mt-2 space-y-3 text-[13px] text-slate-700">
        <p>Your password is set, and every other browser you were signed in on is signed out.</p>
        <Link href="/login" className="font-medium text-blue-700 hover:underline">
          Sign in with your new password
        </Link>
      </div>
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== repeat);
    if (password === repeat) reset.mutate({ token, password });
  };
  return (
    <>
      <p className="mt-0.5 mb-5 text-[13px] text-slate-600">
        For {name} ({email}). This link works once, until {formatDateTime(expiresAt)}.
      </p>
      <form onSubmit={submit} noValidate aria-label="Set a new password" className="space-y-3.5">
        {/* For password managers: the account this password belongs to. */}
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <Field label="New password" required hint={PASSWORD_RULE} error={errors.field("password")}>
          {(ids) => (
            <Input
              {...ids}
              type="password"
              autoComplete="new-password"
              autoFocus
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label="Repeat it" required error={mismatch ? "The two passwords differ." : undefined}>
          {(ids) => (
            <Input
              {...ids}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          )}
        </Field>
        {errors.form && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-800"
          >
            {errors.form}
          </p>
        )}
        <Button type="submit" variant="primary" className="w-full" disabled={reset.isPending}>
          Set password
        </Button>
      </form>
    </>
  );
}
