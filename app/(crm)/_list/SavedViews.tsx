"use client";

import { useState } from "react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Bookmark, X } from "lucide-react";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Input } from "@/app/_components/ui";
import type { ListEntity } from "@/server/lists/saved-views.ts";

type View = { id: string; name: string; query: string };

function sameQuery(a: string, b: string): boolean {
  const norm = (q: string) => {
    const p = new URLSearchParams(q);
    p.delete("cursor");
    p.sort();
    return p.toString();
  };
  return norm(a) === norm(b);
}

/** The user's saved views of this list, as links, with saving the current view under a name. */
export function SavedViews({ entity, views }: { entity: ListEntity; views: View[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams().toString();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const save = useMutation(trpc.views.save.mutationOptions());
  const remove = useMutation(trpc.views.delete.mutationOptions());
  const nameError = save.error?.data?.zodError?.fieldErrors?.name?.[0] ?? save.error?.message;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    try {
      await save.mutateAsync({ entity, name, query: current });
    } catch {
      return; // the reason is shown next to the name
    }
    setNaming(false);
    setName("");
    router.refresh();
  }

  return (
    <nav aria-label="Saved views" className="flex flex-wrap items-center gap-1 text-xs">
      <span className="mr-1 inline-flex items-center gap-1 font-medium text-slate-500">
        <Bookmark aria-hidden size={13} /> Views
      </span>
      <Link
        href={pathname}
        aria-current={current === "" ? "true" : undefined}
        className="rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-slate-600 hover:bg-slate-50 aria-[current=true]:border-blue-600 aria-[current=true]:bg-blue-50 aria-[current=true]:text-blue-700"
      >
        Default
      </Link>
      {views.map((v) => (
        <span
          key={v.id}
          className="inline-flex items-center rounded-full border border-slate-200 bg-white has-[a[aria-current=true]]:border-blue-600 has-[a[aria-current=true]]:bg-blue-50"
        >
          <Link
            href={v.query ? `${pathname}?${v.query}` : pathname}
            aria-current={sameQuery(v.query, current) ? "true" : undefined}
            className="py-0.5 pr-1 pl-2.5 text-slate-600 aria-[current=true]:font-medium aria-[current=true]:text-blue-700"
          >
            {v.name}
          </Link>
          <button
            type="button"
            aria-label={`Delete view ${v.name}`}
            disabled={remove.isPending}
            onClick={async () => {
              await remove.mutateAsync({ id: v.id }).catch(() => undefined);
              router.refresh();
            }}
            className="rounded-full p-0.5 pr-1.5 text-slate-400 hover:text-red-600"
          >
            <X aria-hidden size={12} />
          </button>
        </span>
      ))}
      {naming ? (
        <form onSubmit={submit} noValidate className="flex items-start gap-1">
          <div>
            <label htmlFor={`save-view-${entity}`} className="sr-only">
              View name
            </label>
            <Input
              id={`save-view-${entity}`}
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Name this view"
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? `save-view-${entity}-error` : undefined}
              className="h-7 w-44"
            />
            {nameError && (
              <p id={`save-view-${entity}-error`} className="mt-0.5 text-xs text-red-700">
                {nameError}
              </p>
            )}
          </div>
          <Button type="submit" size="sm" variant="primary" disabled={save.isPending}>
            Save view
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setNaming(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <Button size="sm" variant="ghost" onClick={() => setNaming(true)}>
          + Save this view
        </Button>
      )}
    </nav>
  );
}
