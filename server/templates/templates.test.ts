import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAccount,
  createContact,
  createInteraction,
  createTeam,
  createUser,
} from "@/prisma/factories/index.ts";
import { DEMO_TEMPLATES } from "@/prisma/demo/demo-comm-centre.ts";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { callerAs } from "../test/sign-in-as.ts";
import { raceCalls, times } from "../test/race-calls.ts";
import { textToHtml } from "../messaging/email/text-to-html.ts";
import { chooseCulture } from "./render-template.ts";
import { fillTemplateText, templateTextProblems } from "./template-text.ts";
import type { PlaceholderRecords } from "./placeholders.ts";

let t: TestDb;
let admin: Awaited<ReturnType<typeof callerAs>>;
let rep: Awaited<ReturnType<typeof callerAs>>;
let other: Awaited<ReturnType<typeof callerAs>>;
let teamId = "";
let repId = "";

const followUp = {
  name: "Follow-up",
  channel: "EMAIL" as const,
  versions: [
    {
      culture: "en-GB",
      subject: "Hello {{contact.foreName}}",
      body: "Dear {{contact.foreName}},\n\n{{sender.name}}",
    },
    {
      culture: "fr-FR",
      subject: "Bonjour {{contact.foreName}}",
      body: "Bonjour {{contact.foreName}},\n\n{{sender.name}}",
    },
  ],
};

beforeAll(async () => {
  t = await createTestDb();
  const team = await createTeam(t.db, { name: "FX desk" });
  const otherTeam = await createTeam(t.db, { name: "Private banking" });
  teamId = team.id;
  const adminUser = await createUser(t.db, { role: "ADMIN", teamIds: [team.id] });
  const repUser = await createUser(t.db, { role: "REP", teamIds: [team.id], name: "Rita Rep" });
  repId = repUser.id;
  admin = await callerAs(t.db, adminUser.id);
  rep = await callerAs(t.db, repUser.id);
  other = await callerAs(t.db, (await createUser(t.db, { role: "REP", teamIds: [otherTeam.id] })).id);
});
afterAll(() => t.close());

const fieldErrors = (e: unknown) =>
  (e as { cause?: { issues?: { path: (string | number)[]; message: string }[] } }).cause?.issues?.map(
    (i) => ({
      path: i.path.join("."),
      message: i.message,
    }),
  );

describe("template placeholders", () => {
  it("refuses an unknown placeholder on the field of its culture, naming it and its line", async () => {
    const error = await admin.templates
      .create({
        ...followUp,
        name: "Broken",
        versions: [
          followUp.versions[0]!,
          { culture: "fr-FR", subject: "Bonjour", body: "Bonjour\n{{contact.nickname}}" },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrors(error)).toEqual([
      { path: "versions.1.body", message: "Unknown placeholder {{contact.nickname}} on line 2" },
    ]);
    expect(await t.db.messageTemplate.count({ where: { name: "Broken" } })).toBe(0);
  });

  it("refuses malformed braces and empty placeholders, line by line", () => {
    expect(templateTextProblems("ok {{contact.foreName}}\n{{contact.surname\nfine }}\n{{}}")).toEqual([
      { line: 2, message: 'Unclosed "{{" on line 2' },
      { line: 3, message: '"}}" without "{{" on line 3' },
      { line: 4, message: "Empty placeholder {{}} on line 4" },
    ]);
    expect(templateTextProblems("{{ account.partyGroupName }} and {{sender.email}}")).toEqual([]);
  });

  it("leaves hostile values as text in the rendering and escapes them only in the HTML part", () => {
    const hostile = `<script>alert("x")</script> & {{sender.name}}`;
    const records: PlaceholderRecords = {
      account: { partyGroupName: hostile, accountPin: null, location: null },
      contact: null,
      opportunity: null,
      sender: { name: "Rita", email: "rita@bank.test" },
    };
    const filled = fillTemplateText("To {{account.partyGroupName}} from {{contact.foreName}}", records);
    // A value is never re-read as a template: its {{sender.name}} stays as typed.
    expect(filled).toEqual({ text: `To ${hostile} from `, missing: ["contact.foreName"] });
    const html = textToHtml(filled.text);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; {{sender.name}}");
  });

  it("refuses NUL bytes and lone surrogates in a template's text and a malformed culture", async () => {
    for (const body of ["a\u0000b", "a\uD800b"]) {
      await expect(
        admin.templates.create({
          ...followUp,
          name: "Hostile",
          versions: [{ culture: "en-GB", subject: "s", body }],
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const error = await admin.templates
      .create({
        ...followUp,
        name: "Hostile",
        versions: [{ culture: "en_GB'; drop", subject: "s", body: "b" }],
      })
      .catch((e: unknown) => e);
    expect(fieldErrors(error)?.[0]?.path).toBe("versions.0.culture");
  });

  it("knows every placeholder the demo templates use", () => {
    const versions = DEMO_TEMPLATES.flatMap((tpl) => tpl.versions.map((v) => ({ name: tpl.name, ...v })));
    expect(versions.length).toBeGreaterThan(5);
    for (const v of versions) {
      expect({
        name: v.name,
        culture: v.culture,
        problems: templateTextProblems(`${v.subject ?? ""}\n${v.body}`),
      }).toEqual({ name: v.name, culture: v.culture, problems: [] });
    }
  });
});

describe("culture choice", () => {
  const all = ["de-DE", "en-GB", "fr-FR"];
  it("takes the requested culture, then the contact's, then the account's, then en-GB", () => {
    expect(chooseCulture(all, { requested: "de-DE", contact: "fr-FR", account: "en-GB" })).toMatchObject({
      culture: "de-DE",
      source: "requested",
      fellBack: false,
    });
    expect(chooseCulture(all, { contact: "fr-FR", account: "de-DE" })).toMatchObject({
      culture: "fr-FR",
      source: "contact",
    });
    expect(chooseCulture(all, { contact: null, account: "de-DE" })).toMatchObject({
      culture: "de-DE",
      source: "account",
    });
    expect(chooseCulture(all, { contact: "it-IT", account: "fr-FR" })).toMatchObject({
      culture: "fr-FR",
      source: "account",
      fellBack: true,
      preferred: "it-IT",
    });
    expect(chooseCulture(all, { contact: "it-IT", account: "es-ES" })).toMatchObject({
      culture: "en-GB",
      source: "default",
      fellBack: true,
    });
    expect(chooseCulture(["de-DE"], { contact: "fr-FR" })).toMatchObject({
      culture: "de-DE",
      source: "first available",
      fellBack: true,
    });
  });
});

describe("templates on records", () => {
  let templateId = "";
  let accountId = "";
  let frenchId = "";
  beforeAll(async () => {
    templateId = (await admin.templates.create(followUp)).id;
    const account = await createAccount(t.db, {
      ownerId: repId,
      teamId,
      culture: "de-DE",
      partyGroupName: "Muster AG",
    });
    accountId = account.id;
    frenchId = (
      await createContact(t.db, {
        ownerId: repId,
        teamId,
        accountId,
        foreName: "Amélie",
        surname: "Durand",
        culture: "fr-FR",
      })
    ).id;
  });

  it("renders in the contact's culture with the sender's name, and says which culture it used", async () => {
    const r = await rep.templates.render({ templateId, accountId, contactId: frenchId });
    expect(r).toMatchObject({
      culture: "fr-FR",
      source: "contact",
      fellBack: false,
      subject: "Bonjour Amélie",
      body: "Bonjour Amélie,\n\nRita Rep",
      raw: { body: "Bonjour {{contact.foreName}},\n\n{{sender.name}}" },
      missing: [],
    });
  });

  it("falls back to en-GB when the account's culture has no version, and reports missing values", async () => {
    const r = await rep.templates.render({ templateId, accountId });
    expect(r).toMatchObject({ culture: "en-GB", source: "default", fellBack: true, preferred: "de-DE" });
    expect(r.body).toBe("Dear ,\n\nRita Rep");
    expect(r.missing).toEqual(["contact.foreName"]);
  });

  it("answers NOT_FOUND for another team's account or contact, as for a missing one", async () => {
    await expect(other.templates.render({ templateId, accountId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const elsewhere = await createAccount(t.db, { ownerId: repId, teamId });
    await expect(
      rep.templates.render({ templateId, accountId: elsewhere.id, contactId: frenchId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      rep.templates.render({ templateId: "019a0000-0000-7000-8000-000000000000", accountId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is written by admins only", async () => {
    await expect(rep.templates.create({ ...followUp, name: "Rep's own" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await rep.templates.list({ channel: "EMAIL" })).items.map((x) => x.name)).toContain("Follow-up");
  });

  it("lets one of two saves made on the same version win; the other gets CONFLICT", async () => {
    const { id, version } = await admin.templates.create({ ...followUp, name: "Raced" });
    const { ok, errors } = await raceCalls(
      times(4, (i) =>
        admin.templates.update({
          id,
          version,
          ...followUp,
          name: "Raced",
          versions: [{ culture: "de-DE", subject: `Betreff ${i}`, body: "Hallo {{contact.foreName}}" }],
        }),
      ),
    );
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    const saved = await admin.templates.get({ id });
    expect(saved.version).toBe(version + 1);
    expect(saved.versions.map((v) => v.culture)).toEqual(["de-DE"]);
  });

  it("renders on create when Use Template is on and the Body is empty, and keeps a rep's edited Body", async () => {
    const base = { accountId, contactId: frenchId, planning: { name: "Follow-up", type: "EMAIL" as const } };
    const rendered = await rep.interactions.create({ ...base, result: { templateId, useTemplate: true } });
    expect(rendered).toMatchObject({
      body: "Bonjour Amélie,\n\nRita Rep",
      subject: "Bonjour Amélie",
      culture: "fr-FR",
      actionTemplateContent: "Bonjour {{contact.foreName}},\n\n{{sender.name}}",
    });
    const edited = await rep.interactions.create({
      ...base,
      result: { templateId, useTemplate: true, body: "Bonjour Amélie, à demain." },
    });
    expect(edited.body).toBe("Bonjour Amélie, à demain.");
  });

  it("cannot delete a template an interaction was written from", async () => {
    await createInteraction(t.db, { accountId, assignedUserId: repId, teamId, templateId });
    await expect(admin.templates.delete({ id: templateId })).rejects.toMatchObject({ code: "CONFLICT" });
    const unused = await admin.templates.create({ ...followUp, name: "Unused" });
    await admin.templates.delete({ id: unused.id });
    expect(await t.db.messageTemplate.count({ where: { id: unused.id } })).toBe(0);
  });
});
