import { expect, test } from "@playwright/test";
import { loginAs } from "./fixtures/auth.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./fixtures/users.ts";

// A CSV with good and bad rows: the good ones are imported together, the bad ones are reported
// (on the page and as a downloadable CSV), and the finished job survives a reload.
test("a rep imports contacts from a CSV with good and bad rows", async ({ page }) => {
  const tag = Date.now().toString(36);
  const phoneTail = String(Date.now()).slice(-4);
  const csv = [
    "First name,Last name,E-mail,Phone,Title",
    `Imported,Goodrow${tag},good.${tag}@e2e.example,020 7946 ${phoneTail},Treasurer`,
    `Second,Goodrow${tag},second.${tag}@e2e.example,,Analyst`,
    `,Nofirstname${tag},x.${tag}@e2e.example,,`,
    `Bad,Mail${tag},not-an-email,,`,
    `Again,Goodrow${tag},GOOD.${tag}@e2e.example,,`, // the first row's e-mail: skipped
  ].join("\n");

  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import CSV" })).toBeVisible();
  await page.getByLabel("What to import").selectOption("contacts");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: `people-${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  // Headers are guessed into the mapping.
  await expect(page.getByLabel("ForeName")).toHaveValue("First name");
  await expect(page.getByLabel("Surname")).toHaveValue("Last name");
  await page.getByRole("button", { name: "Start import" }).click();

  await expect(page).toHaveURL(/\/import\/[0-9a-f-]{36}$/);
  const status = page.getByTestId("import-status");
  await expect(status).toContainText("2 created", { timeout: 20_000 });
  await expect(status).toContainText("1 duplicate skipped · 2 rows with errors");
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("ForeName is required");
  await expect(problems).toContainText("Not a valid e-mail address");
  await expect(problems).toContainText("Same e-mail or phone as row 2 of this file");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download the report/ }).click();
  const report = await (await download).path();
  const text = (await import("node:fs")).readFileSync(report, "utf8");
  expect(text).toContain("Row,Field,Problem,Value,Outcome");
  expect(text).toContain("4,ForeName,ForeName is required");

  await page.reload();
  await expect(page.getByTestId("import-status")).toContainText("2 created");

  // The imported contact is found by the phone, typed another way.
  await page.goto(`/search?q=${encodeURIComponent(`+44 20 7946 ${phoneTail}`)}`);
  await expect(page.getByTestId("search-group-contact")).toContainText(`Imported Goodrow${tag}`);
});

test("an upload without a file or with a bad mapping is refused with reasons, not a 500", async ({
  page,
  request,
  baseURL,
}) => {
  // A script, unlike a browser, says where it posts from only when told (server/http/same-origin.ts).
  const headers = { Origin: baseURL! };
  // Signed out: the upload route answers for itself (the proxy leaves it alone).
  const signedOut = await request.post("/import/upload", {
    headers,
    multipart: { options: "{}" },
    maxRedirects: 0,
  });
  expect(signedOut.status()).toBe(401);

  await loginAs(page, DEMO_USERS.rep.email, DEMO_PASSWORD);
  const noFile = await page.request.post("/import/upload", {
    headers,
    multipart: { options: JSON.stringify({ entity: "contacts", mapping: {} }) },
  });
  expect(noFile.status()).toBe(400);
  expect((await noFile.json()).error.fieldErrors.file).toBeTruthy();
  const badMapping = await page.request.post("/import/upload", {
    headers,
    multipart: {
      file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("A,B\n1,2\n") },
      options: JSON.stringify({ entity: "contacts", mapping: { surname: "B" } }),
    },
  });
  expect(badMapping.status()).toBe(400);
  expect((await badMapping.json()).error.fieldErrors.foreName[0]).toMatch(/required/);

  // A file past 10 MB arrives whole (the proxy used to keep only the first 10 MB, losing the
  // options part after the file): the answer is about the mapping, not a missing file.
  const bigFile = Buffer.from(`A,B\n${`${"y".repeat(60)},2\n`.repeat(200_000)}`);
  expect(bigFile.length).toBeGreaterThan(12_000_000);
  const bigUpload = await page.request.post("/import/upload", {
    headers,
    multipart: {
      file: { name: "big.csv", mimeType: "text/csv", buffer: bigFile },
      options: JSON.stringify({ entity: "contacts", mapping: { surname: "B" } }),
    },
  });
  expect(bigUpload.status()).toBe(400);
  expect((await bigUpload.json()).error.fieldErrors).toEqual({
    foreName: [expect.stringMatching(/required/)],
  });
});
