import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page, type Response } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

type Violation = { directive: string; blocked: string; sample: string };

// Every CSP violation a page reports, by event and on the console, across navigations. The init
// script is injected by the browser's debugging protocol, which the page's CSP does not govern.
async function watchCsp(page: Page): Promise<string[]> {
  const found: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame|evaluate|connect)/i.test(m.text()))
      found.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy/i.test(e.message)) found.push(e.message);
  });
  await page.exposeFunction("reportCspViolation", (v: Violation) =>
    found.push(`${v.directive} blocked ${v.blocked} ${v.sample}`),
  );
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportCspViolation: (v: Violation) => void }).reportCspViolation({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
      }),
    );
  });
  return found;
}

function csp(res: { headers(): Record<string, string> }): Map<string, string> {
  const header = res.headers()["content-security-policy"] ?? "";
  return new Map(
    header.split(";").map(
      (d) =>
        d
          .trim()
          .split(/\s+(.*)/s)
          .slice(0, 2) as [string, string],
    ),
  );
}

/** The headers every page carries, and a script-src that runs only this response's nonce. */
function expectPageHeaders(res: Response | null): string {
  expect(res, "page response").not.toBeNull();
  const h = res!.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Served over plain HTTP here: no HSTS (browsers would ignore it anyway).
  expect(h["strict-transport-security"]).toBeUndefined();
  const d = csp(res!);
  expect(d.get("script-src")).toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
  expect(d.get("frame-ancestors")).toBe("'self'");
  expect(d.get("object-src")).toBe("'none'");
  expect(d.get("default-src")).toBe("'self'");
  return d.get("script-src")!.match(/'nonce-([^']+)'/)![1]!;
}

/**
 * Every script tag the server sent carries the nonce (scripts the page's own code adds later run
 * by 'strict-dynamic'), so nothing the server rendered was left out, and nothing else would run.
 */
async function expectScriptsNonced(res: Response, nonce: string) {
  const tags = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.filter((t) => !t.includes(` nonce="${nonce}"`))).toEqual([]);
}

/** Hydrated: a client-side click handler runs. */
async function expectHydrated(page: Page) {
  const menu = page.getByTestId("user-menu");
  await menu.click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
  await menu.click();
  await expect(page.getByTestId("sign-out")).toBeHidden();
}

test("every page sends the security headers, runs only its nonce's scripts, hydrates, and reports no CSP violation", async ({
  page,
}) => {
  const violations = await watchCsp(page);

  const login = await page.goto("/login");
  const loginNonce = expectPageHeaders(login);
  await expectScriptsNonced(login!, loginNonce);
  expect(expectPageHeaders(await page.reload())).not.toBe(loginNonce);
  // The login form signs in from script (next-auth's signIn), so a successful sign-in is hydration.
  await loginAs(page, DEMO_USERS.manager.email, DEMO_PASSWORD);
  await expectHydrated(page);

  for (const path of ["/dashboard", "/accounts", "/import", "/communication-centre", "/no-such-page"]) {
    const res = await page.goto(path);
    const nonce = expectPageHeaders(res);
    await expectScriptsNonced(res!, nonce);
    if (path === "/no-such-page") {
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      continue;
    }
    await expectHydrated(page);
  }

  // The dashboard's Recharts SVGs draw under the CSP (inline styles are allowed, scripts are not).
  await page.goto("/dashboard");
  await expect(
    page.getByTestId("chart-pipeline-by-stage").locator("svg.recharts-surface").first(),
  ).toBeVisible({ timeout: 20_000 });

  // An account's page, reached by a client-side navigation from the list.
  await page.goto("/accounts");
  const first = page.locator('main a[href^="/accounts/"]:not([href="/accounts/new"])').first();
  const href = (await first.getAttribute("href"))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expectPageHeaders(await page.reload());
  await expectHydrated(page);

  expect(violations).toEqual([]);
});

test("API routes, the upload and static files send nosniff, Referrer-Policy and a CSP that loads nothing and frames nothing", async ({
  page,
  request,
}) => {
  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  const chunk = await page.evaluate(() =>
    [...document.scripts].map((s) => s.src).find((s) => s.includes("/_next/static/")),
  );
  for (const res of [
    await request.get("/api/health"),
    await request.get("/api/auth/csrf"),
    await request.post("/import/upload", {
      multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("x") } },
    }),
    await request.get(chunk!),
  ]) {
    const h = res.headers();
    expect(h["x-content-type-options"], res.url()).toBe("nosniff");
    expect(h["referrer-policy"], res.url()).toBe("strict-origin-when-cross-origin");
    if (!res.url().includes("/_next/static/")) {
      expect(csp(res).get("default-src"), res.url()).toBe("'none'");
      expect(csp(res).get("frame-ancestors"), res.url()).toBe("'none'");
    }
  }
  // Behind a proxy that terminates TLS, HSTS is sent.
  const behindTls = await request.get("/api/health", { headers: { "X-Forwarded-Proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  const page2 = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(page2.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  expect(page2.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("only the CRM's own origin may frame it by default: another site's frame is refused", async ({
  page,
  baseURL,
}) => {
  const host = `<!doctype html><title>host</title><iframe name="crm" src="${baseURL}/login" width="800" height="600"></iframe>`;
  // A page of the CRM's own origin (as an FDC3 desktop agent served from the same host would be).
  await page.route(`${baseURL}/frame-host.html`, (r) => r.fulfill({ contentType: "text/html", body: host }));
  await page.goto(`${baseURL}/frame-host.html`);
  await expect(page.frameLocator("iframe[name=crm]").getByRole("button", { name: "Sign in" })).toBeVisible();

  // Another origin: a real server on this machine (a page the test fulfils would count as a public
  // site, and Chromium refuses a public page's frame of localhost before the CSP is even read).
  const other = http.createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(host));
  await new Promise<void>((ready) => other.listen(0, "127.0.0.1", ready));
  try {
    const refused = page.waitForEvent("console", (m) => /frame-ancestors 'self'/.test(m.text()));
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    await refused;
    await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
    await expect(page.frameLocator("iframe[name=crm]").getByRole("button", { name: "Sign in" })).toHaveCount(
      0,
    );
  } finally {
    other.close();
  }
});
