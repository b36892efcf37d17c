"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client.tsx";
import { Button, Field, Input, Select, Tabs, Textarea } from "@/app/_components/ui";
import { attachmentsOf } from "@/app/_components/forms/file-base64.ts";
import { serverErrors } from "@/app/_components/forms/use-field-errors.ts";
import { enumLabel } from "../../../_list/search-params.ts";
import { SmsPartsCounter } from "./SmsPartsCounter.tsx";
import { OFFERED_CULTURES } from "@/server/templates/cultures.ts";

const TYPES = ["CALL", "MEETING", "EMAIL", "SMS", "CHAT", "TASK"] as const;
const CHANNELS = ["EMAIL", "SMS", "PHONE", "CHAT", "MEETING", "LETTER"] as const;
const SLA_OPTIONS = ["Standard SLA", "Priority SLA", "Premium SLA", "No SLA"];
const RESULT_TYPES = [
  "Successful",
  "No answer",
  "Call back requested",
  "Not interested",
  "Information sent",
  "Deal agreed",
];

export type AccountFacts = {
  id: string;
  partyGroupName: string;
  accountType: string;
  accountPin: string | null;
  fiscalRegistrationNo: string | null;
  commercialRegistration: string | null;
  location: string | null;
  locationComments: string | null;
  primaryEmail: string | null;
  primaryPhone: string | null;
  firstName: string | null;
  lastName: string | null;
};

// The channel a template is written for, from the Result tab's channel or else the Planning type.
const TEMPLATE_CHANNEL: Record<string, "EMAIL" | "SMS" | "CHAT" | undefined> = {
  EMAIL: "EMAIL",
  SMS: "SMS",
  CHAT: "CHAT",
};

const SOURCE_LABEL: Record<string, string> = {
  requested: "the culture chosen",
  contact: "the contact's culture",
  account: "the account's culture",
  default: "the default",
  "first available": "the template's only culture",
};

type Rendered = {
  culture: string;
  source: string;
  fellBack: boolean;
  preferred: string;
  missing: string[];
};

// Date + hour inputs, as the seed has them, joined into one instant.
const joinDateTime = (date: string, hour: string) =>
  date ? new Date(`${date}T${hour || "00:00"}`) : undefined;

function ReadOnly({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <p className="text-xs font-medium text-slate-700">{label}</p>
      <p className="mt-1 h-8 truncate rounded-md border border-slate-200 bg-slate-50 px-2.5 py-1.5 text-sm text-slate-700">
        {value || "—"}
      </p>
    </div>
  );
}

const grid = (children: ReactNode) => <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">{children}</div>;

/** Seed 001's interaction insert form: every Planning and Result field. */
export function InteractionForm({
  account,
  users,
  viewerId,
  onDone,
}: {
  account: AccountFacts;
  users: { id: string; name: string }[];
  viewerId: string;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.interactions.create.mutationOptions());
  const recipients = useQuery(trpc.templates.recipients.queryOptions({ accountId: account.id }));
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [renderError, setRenderError] = useState<string | null>(null);
  const [v, setV] = useState({
    followedActivity: "",
    name: "",
    type: "CALL",
    sourceType: "",
    sourceReasonType: "",
    planStartDate: "",
    planStartHour: "",
    planEndDate: "",
    planEndHour: "",
    emailAddress: account.primaryEmail ?? "",
    phoneNumber: account.primaryPhone ?? "",
    assignedUserId: viewerId,
    location: account.location ?? "",
    locationComments: account.locationComments ?? "",
    activityDescription: "",
    activityDate: "",
    durationHours: "",
    resultType: "",
    activityComments: "",
    resultDescription: "",
    templateId: "",
    actionTemplateContent: "",
    useTemplate: false,
    communicationChannel: "",
    contactId: "",
    // Empty: the contact's culture, else the account's, else en-GB (decided when rendering).
    culture: "",
    subject: "",
    accountName: account.partyGroupName,
    sendMsgAsText: false,
    body: "",
    isMarketing: false,
  });
  const [files, setFiles] = useState<File[]>([]);
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((s) => ({ ...s, [key]: e.target.value }));
  const toggle = (key: "sendMsgAsText" | "isMarketing") => () => setV((s) => ({ ...s, [key]: !s[key] }));
  const errors = serverErrors(create.error);
  const err = (path: string) => errors.field(path);

  const templateChannel = TEMPLATE_CHANNEL[v.communicationChannel || v.type];
  const templates = useQuery(
    trpc.templates.list.queryOptions(templateChannel ? { channel: templateChannel } : {}),
  );

  // "Use Template": the server renders the template for this account and contact, in the culture
  // chosen here, else the contact's, else the account's, else en-GB, and says which it used.
  async function fillFromTemplate(next: typeof v) {
    setRenderError(null);
    if (!next.useTemplate || !next.templateId) {
      setRendered(null);
      return;
    }
    try {
      const r = await queryClient.fetchQuery(
        trpc.templates.render.queryOptions({
          templateId: next.templateId,
          accountId: account.id,
          contactId: next.contactId || undefined,
          culture: next.culture || undefined,
        }),
      );
      setRendered(r);
      setV((s) => ({
        ...s,
        body: r.body,
        subject: r.channel === "EMAIL" ? (r.subject ?? "") : s.subject,
        actionTemplateContent: r.raw.body,
        communicationChannel: s.communicationChannel || r.channel,
      }));
    } catch (e) {
      setRendered(null);
      setRenderError(e instanceof Error ? e.message : "The template could not be rendered.");
    }
  }
  const change = (patch: Partial<typeof v>) => {
    const next = { ...v, ...patch };
    setV(next);
    void fillFromTemplate(next);
  };

  async function submit(send: boolean) {
    const attachments = await attachmentsOf(files);
    create.mutate(
      {
        accountId: account.id,
        contactId: v.contactId || undefined,
        assignedUserId: v.assignedUserId || undefined,
        isMarketing: v.isMarketing,
        send,
        attachments,
        planning: {
          followedActivity: v.followedActivity,
          name: v.name,
          type: v.type as (typeof TYPES)[number],
          sourceType: v.sourceType,
          sourceReasonType: v.sourceReasonType,
          planStartAt: joinDateTime(v.planStartDate, v.planStartHour),
          planEndAt: joinDateTime(v.planEndDate, v.planEndHour),
          emailAddress: v.emailAddress,
          phoneNumber: v.phoneNumber,
          location: v.location,
          locationComments: v.locationComments,
          activityDescription: v.activityDescription,
        },
        result: {
          activityDate: v.activityDate ? new Date(v.activityDate) : undefined,
          durationHours: v.durationHours === "" ? undefined : Number(v.durationHours),
          resultType: v.resultType,
          activityComments: v.activityComments,
          resultDescription: v.resultDescription,
          templateId: v.templateId || undefined,
          actionTemplateContent: v.actionTemplateContent,
          useTemplate: v.useTemplate,
          communicationChannel: (v.communicationChannel || undefined) as
            (typeof CHANNELS)[number] | undefined,
          culture: v.culture || rendered?.culture || undefined,
          subject: v.subject,
          accountName: v.accountName,
          sendMsgAsText: v.sendMsgAsText,
          body: v.body,
        },
      },
      {
        onSuccess: () => {
          onDone();
          router.refresh();
        },
      },
    );
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(false);
  };

  const planning = (
    <div className="space-y-3">
      {grid(
        <>
          <Field label="Followed Activity" error={err("planning.followedActivity")}>
            {(ids) => <Input {...ids} value={v.followedActivity} onChange={set("followedActivity")} />}
          </Field>
          <Field label="Name" required error={err("planning.name")}>
            {(ids) => (
              <Input {...ids} value={v.name} onChange={set("name")} placeholder="e.g. Credit Card Sale" />
            )}
          </Field>
          <Field label="Type" required error={err("planning.type")}>
            {(ids) => (
              <Select {...ids} value={v.type} onChange={set("type")}>
                {TYPES.map((t) => (
                  <option key={t} value={t}>
                    {enumLabel(t)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Source Type" error={err("planning.sourceType")}>
            {(ids) => <Input {...ids} value={v.sourceType} onChange={set("sourceType")} />}
          </Field>
          <Field
            label="Source Reason Type"
            hint="Service-level agreement"
            error={err("planning.sourceReasonType")}
          >
            {(ids) => (
              <Select {...ids} value={v.sourceReasonType} onChange={set("sourceReasonType")}>
                <option value="">—</option>
                {SLA_OPTIONS.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Plan Start Date" error={err("planning.planStartAt")}>
            {(ids) => <Input {...ids} type="date" value={v.planStartDate} onChange={set("planStartDate")} />}
          </Field>
          <Field label="Plan Start Hour">
            {(ids) => <Input {...ids} type="time" value={v.planStartHour} onChange={set("planStartHour")} />}
          </Field>
          <Field label="Plan End Date" error={err("planning.planEndAt")}>
            {(ids) => <Input {...ids} type="date" value={v.planEndDate} onChange={set("planEndDate")} />}
          </Field>
          <Field label="Plan End Hour">
            {(ids) => <Input {...ids} type="time" value={v.planEndHour} onChange={set("planEndHour")} />}
          </Field>
          <ReadOnly label="Account" value={account.partyGroupName} />
          <ReadOnly label="Account Type" value={enumLabel(account.accountType)} />
          <ReadOnly label="Account Name" value={account.partyGroupName} />
          <ReadOnly label="Account First Name" value={account.firstName} />
          <ReadOnly label="Account Last Name" value={account.lastName} />
          <ReadOnly label="Account PIN" value={account.accountPin} />
          <ReadOnly label="Fiscal Registration No" value={account.fiscalRegistrationNo} />
          <ReadOnly label="Commercial Registration" value={account.commercialRegistration} />
          <Field label="Email Address" error={err("planning.emailAddress")}>
            {(ids) => <Input {...ids} type="email" value={v.emailAddress} onChange={set("emailAddress")} />}
          </Field>
          <Field label="Phone Number" error={err("planning.phoneNumber")}>
            {(ids) => <Input {...ids} type="tel" value={v.phoneNumber} onChange={set("phoneNumber")} />}
          </Field>
          <Field label="Assigned User" error={err("assignedUserId")}>
            {(ids) => (
              <Select {...ids} value={v.assignedUserId} onChange={set("assignedUserId")}>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Location" error={err("planning.location")}>
            {(ids) => <Input {...ids} value={v.location} onChange={set("location")} />}
          </Field>
          <Field label="Location Comments" error={err("planning.locationComments")}>
            {(ids) => <Input {...ids} value={v.locationComments} onChange={set("locationComments")} />}
          </Field>
        </>,
      )}
      <Field label="Activity Description" error={err("planning.activityDescription")}>
        {(ids) => <Textarea {...ids} value={v.activityDescription} onChange={set("activityDescription")} />}
      </Field>
    </div>
  );

  const result = (
    <div className="space-y-3">
      {grid(
        <>
          <Field label="Activity Date" error={err("result.activityDate")}>
            {(ids) => (
              <Input {...ids} type="datetime-local" value={v.activityDate} onChange={set("activityDate")} />
            )}
          </Field>
          <Field label="Duration (h)" error={err("result.durationHours")}>
            {(ids) => (
              <Input
                {...ids}
                type="number"
                step="0.25"
                min="0"
                value={v.durationHours}
                onChange={set("durationHours")}
              />
            )}
          </Field>
          <Field label="Result Type" error={err("result.resultType")}>
            {(ids) => (
              <Select {...ids} value={v.resultType} onChange={set("resultType")}>
                <option value="">—</option>
                {RESULT_TYPES.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Template" error={err("result.templateId")}>
            {(ids) => (
              <Select
                {...ids}
                value={v.templateId}
                disabled={templates.isPending}
                onChange={(e) => change({ templateId: e.target.value })}
              >
                <option value="">
                  {templates.isPending ? "Loading…" : templates.isError ? "Could not load" : "—"}
                </option>
                {templates.data?.items.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} ({t.cultures.join(", ")})
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Communication Channel" error={err("result.communicationChannel")}>
            {(ids) => (
              <Select {...ids} value={v.communicationChannel} onChange={set("communicationChannel")}>
                <option value="">—</option>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {enumLabel(c)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Contact" error={err("contactId")}>
            {(ids) => (
              <Select {...ids} value={v.contactId} onChange={(e) => change({ contactId: e.target.value })}>
                <option value="">{recipients.isPending ? "Loading…" : "—"}</option>
                {recipients.data?.contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.foreName} {c.surname}
                    {c.culture ? ` (${c.culture})` : ""}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Culture" error={err("result.culture")}>
            {(ids) => (
              <Select {...ids} value={v.culture} onChange={(e) => change({ culture: e.target.value })}>
                <option value="">Contact&apos;s, else account&apos;s, else en-GB</option>
                {OFFERED_CULTURES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Subject" error={err("result.subject")}>
            {(ids) => <Input {...ids} value={v.subject} onChange={set("subject")} />}
          </Field>
          <Field label="Account Name" error={err("result.accountName")}>
            {(ids) => <Input {...ids} value={v.accountName} onChange={set("accountName")} />}
          </Field>
        </>,
      )}
      <div className="flex flex-wrap gap-5 text-sm text-slate-800">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={v.useTemplate}
            onChange={() => change({ useTemplate: !v.useTemplate })}
          />{" "}
          Use Template
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={v.sendMsgAsText} onChange={toggle("sendMsgAsText")} /> Send Msg As
          Text
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={v.isMarketing} onChange={toggle("isMarketing")} /> Marketing
          communication (needs consent)
        </label>
      </div>
      {v.useTemplate && !v.templateId && (
        <p className="text-xs text-slate-600">Choose a template to fill the Body.</p>
      )}
      {renderError && (
        <p role="alert" className="text-xs text-red-700">
          {renderError}
        </p>
      )}
      {rendered && (
        <p data-testid="template-culture" role="status" className="text-xs text-slate-700">
          Written in <strong>{rendered.culture}</strong> ({SOURCE_LABEL[rendered.source] ?? rendered.source})
          {rendered.fellBack && `: the template has no ${rendered.preferred} version`}.
          {rendered.missing.length > 0 && (
            <span className="text-amber-800">
              {" "}
              No value on this record for {rendered.missing.map((m) => `{{${m}}}`).join(", ")}: left empty.
            </span>
          )}
        </p>
      )}
      <div className="grid gap-3 lg:grid-cols-2">
        <Field label="Activity Comments" error={err("result.activityComments")}>
          {(ids) => <Textarea {...ids} value={v.activityComments} onChange={set("activityComments")} />}
        </Field>
        <Field label="Result Description" error={err("result.resultDescription")}>
          {(ids) => <Textarea {...ids} value={v.resultDescription} onChange={set("resultDescription")} />}
        </Field>
        <Field label="Action Template Content" error={err("result.actionTemplateContent")}>
          {(ids) => (
            <Textarea {...ids} value={v.actionTemplateContent} onChange={set("actionTemplateContent")} />
          )}
        </Field>
        <Field label="Body" error={err("result.body")}>
          {(ids) => <Textarea {...ids} value={v.body} onChange={set("body")} />}
        </Field>
        <SmsPartsCounter channel={v.communicationChannel} text={v.body || v.actionTemplateContent} />
      </div>
      <Field
        label="Attachment"
        hint="Up to 5 files, 2 MB each"
        error={err("attachments") ?? err("attachments.0.base64")}
      >
        {(ids) => (
          <input
            {...ids}
            type="file"
            multiple
            className="text-sm"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
        )}
      </Field>
    </div>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-blue-200 bg-white p-4"
      aria-label="New interaction"
    >
      <Tabs
        label="Interaction"
        tabs={[
          { id: "planning", label: "Planning", content: planning },
          { id: "result", label: "Result", content: result },
        ]}
      />
      {errors.form && (
        <p
          data-testid="interaction-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {errors.form}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button variant="secondary" disabled={create.isPending} onClick={() => void submit(true)}>
          Send to customer
        </Button>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Saving…" : "Save interaction"}
        </Button>
      </div>
    </form>
  );
}
