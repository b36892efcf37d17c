"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import Papa from "papaparse";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Card, Field, Select } from "@/app/_components/ui";

type Entity = "contacts" | "accounts" | "leads";
type Problems = Record<string, string>;

// Step 1 reads only the header and a few rows in the browser (for the column mapping); the whole
// file is read by the server once the import starts.
export function ImportForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [entity, setEntity] = useState<Entity>("contacts");
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [preview, setPreview] = useState<string[][]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);
  const [duplicateMode, setDuplicateMode] = useState<"skip" | "update">("skip");
  const [onErrors, setOnErrors] = useState<"import-valid" | "import-nothing">("import-valid");
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const fields = useQuery(trpc.imports.fields.queryOptions({ entity, headers }));
  // Until the user changes a mapping, follow the server's guess for this entity and header row.
  const effective = touched ? mapping : (fields.data?.guess ?? {});

  const readHeader = (f: File | null) => {
    setFile(f);
    setProblems({});
    setMessage(null);
    setTouched(false);
    if (!f) return setHeaders([]);
    Papa.parse<string[]>(f, {
      preview: 6,
      skipEmptyLines: "greedy",
      complete: (res) => {
        const [head = [], ...rows] = res.data;
        setHeaders(head.map((h) => h.trim()).filter(Boolean));
        setPreview(rows);
      },
      error: () => setProblems({ file: "This file could not be read as CSV" }),
    });
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return setProblems({ file: "Choose a CSV file" });
    setSending(true);
    setMessage(null);
    const body = new FormData();
    body.set("file", file);
    body.set("options", JSON.stringify({ entity, mapping: effective, duplicateMode, onErrors }));
    try {
      const res = await fetch("/import/upload", { method: "POST", body });
      const json = (await res.json()) as {
        jobId?: string;
        error?: { message: string; fieldErrors?: Record<string, string[]> };
      };
      if (res.ok && json.jobId) return router.push(`/import/${json.jobId}`);
      setProblems(
        Object.fromEntries(
          Object.entries(json.error?.fieldErrors ?? {}).map(([field, messages]) => [
            field,
            messages[0] ?? "",
          ]),
        ),
      );
      setMessage(json.error?.message ?? "The import could not start.");
    } catch {
      setMessage("The server could not be reached. Check your connection and try again.");
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="import-form">
      <Card className="grid gap-3 sm:grid-cols-2">
        <Field label="What to import" required>
          {(ids) => (
            <Select
              {...ids}
              value={entity}
              onChange={(e: React.ChangeEvent<HTMLSelectElement>) => (
                setEntity(e.target.value as Entity),
                setTouched(false)
              )}
            >
              <option value="contacts">Contacts</option>
              <option value="accounts">Accounts</option>
              <option value="leads">Leads</option>
            </Select>
          )}
        </Field>
        <Field label="CSV file" required error={problems.file} hint="UTF-8, first line names the columns.">
          {(ids) => (
            <input
              {...ids}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => readHeader(e.target.files?.[0] ?? null)}
              className="block w-full text-sm"
            />
          )}
        </Field>
      </Card>

      {headers.length > 0 && fields.data && (
        <Card>
          <h2 className="mb-2 text-sm font-semibold text-slate-900">Column mapping</h2>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {fields.data.fields.map((f) => (
              <Field key={f.key} label={f.label} required={f.required} error={problems[f.key]}>
                {(ids) => (
                  <Select
                    {...ids}
                    value={effective[f.key] ?? ""}
                    onChange={(e: React.ChangeEvent<HTMLSelectElement>) => {
                      const next = { ...effective };
                      if (e.target.value) next[f.key] = e.target.value;
                      else delete next[f.key];
                      setMapping(next);
                      setTouched(true);
                    }}
                  >
                    <option value="">— not imported —</option>
                    {headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            ))}
          </div>
          {preview.length > 0 && (
            <p className="mt-3 text-xs text-slate-500">
              First row: {headers.map((h, i) => `${h} = “${preview[0]?.[i] ?? ""}”`).join(" · ")}
            </p>
          )}
        </Card>
      )}

      <Card className="grid gap-3 sm:grid-cols-2">
        <fieldset>
          <legend className="text-xs font-medium text-slate-700">
            Duplicates (same e-mail or phone as a record you can see)
          </legend>
          {(["skip", "update"] as const).map((m) => (
            <label key={m} className="mt-1 flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="duplicateMode"
                value={m}
                checked={duplicateMode === m}
                onChange={() => setDuplicateMode(m)}
              />
              {m === "skip" ? "Skip them" : "Update the existing record"}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="text-xs font-medium text-slate-700">Rows with errors</legend>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="onErrors"
              checked={onErrors === "import-valid"}
              onChange={() => setOnErrors("import-valid")}
            />
            Import the good rows, report the bad
          </label>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="onErrors"
              checked={onErrors === "import-nothing"}
              onChange={() => setOnErrors("import-nothing")}
            />
            Import nothing if any row is bad
          </label>
        </fieldset>
      </Card>

      {message && (
        <p
          role="status"
          data-testid="import-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {message}
          {problems.teamId ? ` ${problems.teamId}.` : ""}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={sending || !file}>
        {sending ? "Uploading…" : "Start import"}
      </Button>
    </form>
  );
}
