import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../test/test-db.ts";
import { createCtiIntegration } from "../../prisma/factories/index.ts";
import { findIntegrationByName, signedLookupHeaders } from "./find-integration.ts";
import { SIGNATURE_HEADERS, signedHeaders } from "./signature.ts";

let t: TestDb;
let pbx: { id: string; name: string; secret: string };
const NOW = new Date("2026-11-23T09:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  pbx = await createCtiIntegration(t.db, { name: "Lookup PBX", secret: "lookup-secret" });
});
afterAll(() => t.close());

const signed = (secret: string, name: string, now = NOW) => {
  const h = signedLookupHeaders(secret, name, now);
  return { timestamp: h[SIGNATURE_HEADERS.timestamp]!, signature: h[SIGNATURE_HEADERS.signature]! };
};
const anonymous = { signedIn: false, timestamp: null, signature: null };

describe("findIntegrationByName", () => {
  it("tells a caller with neither session nor signature nothing, whether or not the name exists", async () => {
    expect(await findIntegrationByName(t.db, pbx.name, anonymous, NOW)).toMatchObject({ status: 401 });
    expect(await findIntegrationByName(t.db, "No Such PBX", anonymous, NOW)).toMatchObject({ status: 401 });
  });

  it("answers a sender that signs the name with the integration's secret", async () => {
    const found = await findIntegrationByName(
      t.db,
      pbx.name,
      { signedIn: false, ...signed("lookup-secret", pbx.name) },
      NOW,
    );
    expect(found).toEqual({
      status: 200,
      integration: { id: pbx.id, name: pbx.name, kind: expect.any(String) },
    });
  });

  it("refuses a wrong secret, a stale timestamp, another name's signature and a webhook's signature", async () => {
    const wrong = await findIntegrationByName(
      t.db,
      pbx.name,
      { signedIn: false, ...signed("guess", pbx.name) },
      NOW,
    );
    expect(wrong.status).toBe(401);
    const stale = signed("lookup-secret", pbx.name, new Date(NOW.getTime() - 3_600_000));
    expect((await findIntegrationByName(t.db, pbx.name, { signedIn: false, ...stale }, NOW)).status).toBe(
      401,
    );
    const other = signed("lookup-secret", "Other PBX");
    expect((await findIntegrationByName(t.db, pbx.name, { signedIn: false, ...other }, NOW)).status).toBe(
      401,
    );
    const webhook = signedHeaders("lookup-secret", pbx.name, NOW);
    const asWebhook = {
      timestamp: webhook[SIGNATURE_HEADERS.timestamp]!,
      signature: webhook[SIGNATURE_HEADERS.signature]!,
    };
    expect((await findIntegrationByName(t.db, pbx.name, { signedIn: false, ...asWebhook }, NOW)).status).toBe(
      401,
    );
  });

  it("answers a signed-in user, and says 404 to them for a name that is not there", async () => {
    const signedIn = { signedIn: true, timestamp: null, signature: null };
    expect((await findIntegrationByName(t.db, pbx.name, signedIn, NOW)).status).toBe(200);
    expect((await findIntegrationByName(t.db, "No Such PBX", signedIn, NOW)).status).toBe(404);
  });
});

describe("findIntegrationByName's name", () => {
  it("refuses a name the database cannot take, or none, with 400 on the name, before any lookup", async () => {
    for (const name of ["PBX\u0000", "PBX\ud800", "", "   ", null, "x".repeat(201)]) {
      const found = await findIntegrationByName(
        t.db,
        name,
        { signedIn: true, timestamp: null, signature: null },
        NOW,
      );
      expect(found).toMatchObject({ status: 400, fieldErrors: { name: [expect.any(String)] } });
    }
  });

  it("trims the name as every text input is trimmed", async () => {
    const found = await findIntegrationByName(
      t.db,
      `  ${pbx.name} `,
      { signedIn: true, timestamp: null, signature: null },
      NOW,
    );
    expect(found).toMatchObject({ status: 200, integration: { id: pbx.id } });
  });
});
