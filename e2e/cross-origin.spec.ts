import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

// A signed-in user's cookie goes along with requests that other pages make; the app must only act
// on those that come from its own pages (server/http/same-origin.ts).

const EVIL = "http://evil.example";
// An invalid create: past the origin check it is a 400 about the input, and nothing is written.
const mutation = { path: "/api/trpc/accounts.create", data: { json: {} } };
const upload = {
  file: { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from("Fore Name,Surname\nEve,Forger\n") },
  options: JSON.stringify({ entity: "contacts", mapping: { foreName: "Fore Name", surname: "Surname" } }),
};

test.describe("requests from another origin", () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  });

  test("a tRPC mutation with a foreign Origin is refused with 403 and a reason; from the app's own it is not", async ({
    page,
    baseURL,
  }) => {
    const foreign = await page.request.post(mutation.path, {
      headers: { Origin: EVIL },
      data: mutation.data,
    });
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).error).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("evil.example"),
    });

    const sameSiteOtherPort = new URL(baseURL!);
    sameSiteOtherPort.port = "8080";
    const otherPort = await page.request.post(mutation.path, {
      headers: { Origin: sameSiteOtherPort.origin },
      data: mutation.data,
    });
    expect(otherPort.status()).toBe(403);

    const noOrigin = await page.request.post(mutation.path, { data: mutation.data });
    expect(noOrigin.status()).toBe(403);

    const own = await page.request.post(mutation.path, {
      headers: { Origin: new URL(baseURL!).origin },
      data: mutation.data,
    });
    expect(own.status()).toBe(400);
    // Queries read and change nothing: they need no Origin.
    const query = await page.request.get(
      `/api/trpc/accounts.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
    );
    expect(query.status()).toBe(200);
  });

  test("a CSV upload with a foreign Origin is refused with 403 and starts no import", async ({
    page,
    baseURL,
  }) => {
    const foreign = await page.request.post("/import/upload", {
      headers: { Origin: EVIL },
      multipart: upload,
    });
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).error.code).toBe("FORBIDDEN");

    const own = await page.request.post("/import/upload", {
      headers: { Origin: new URL(baseURL!).origin },
      multipart: { options: upload.options },
    });
    expect(own.status()).toBe(400);
    expect((await own.json()).error.fieldErrors.file).toBeTruthy();
  });

  test("a page on another port of the same host cannot post the victim's form", async ({ page, baseURL }) => {
    // Same site (localhost), other origin: the Lax session cookie is sent with its form post.
    const target = `${baseURL}/import/upload`;
    const attacker = http.createServer((_req, res) => {
      res.setHeader("Content-Type", "text/html");
      res.end(`<form method="post" enctype="multipart/form-data" action="${target}">
        <input type="hidden" name="options" value='${upload.options}'></form>
        <script>document.forms[0].submit()</script>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, "localhost", resolve));
    try {
      const { port } = attacker.address() as AddressInfo;
      const answer = page.waitForResponse(target);
      await page.goto(`http://localhost:${port}/`);
      const res = await answer;
      expect(res.status()).toBe(403);
      expect(res.request().headers()["origin"]).toBe(`http://localhost:${port}`);
    } finally {
      attacker.close();
    }
  });
});

test.describe("sign-in and lookups", () => {
  test("a crafted callbackUrl cannot send someone to another site after signing in", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/login?callbackUrl=http%3A%2F%2Fx%2F%2Fevil.example%2Fpath");
    await page.getByLabel("Email").fill(DEMO_USERS.rep.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/accounts`);
  });

  test("a signed-in user comes back to the page they asked for", async ({ page, baseURL }) => {
    await page.goto("/leads");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("Email").fill(DEMO_USERS.rep.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/leads`);
  });

  test("an integration is not looked up by name without a session or a signature", async ({ request }) => {
    const res = await request.get("/api/telephony/integrations?name=Demo%20PBX");
    expect(res.status()).toBe(401);
    expect((await res.json()).error).toMatchObject({ code: "UNAUTHORIZED", requestId: expect.any(String) });
  });
});
