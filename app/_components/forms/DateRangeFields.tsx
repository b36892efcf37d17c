"use client";

import { Field, Input } from "@/app/_components/ui";

/** Start Date (required) and End Date as two date inputs, each with the server's message for it. */
export function DateRangeFields({
  startDate,
  endDate,
  onChange,
  error,
}: {
  startDate: string;
  endDate: string;
  onChange: (key: "startDate" | "endDate") => (e: { target: { value: string } }) => void;
  error: (path: string) => string | undefined;
}) {
  return (
    <>
      <Field label="Start Date" required error={error("startDate")}>
        {(ids) => <Input {...ids} type="date" value={startDate} onChange={onChange("startDate")} />}
      </Field>
      <Field label="End Date" error={error("endDate")}>
        {(ids) => <Input {...ids} type="date" value={endDate} onChange={onChange("endDate")} />}
      </Field>
    </>
  );
}
