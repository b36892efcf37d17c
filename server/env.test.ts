import { describe, expect, it } from "vitest";
import { checkEnv, envProblemsMessage } from "./env.ts";

const PG = "postgres://dealfloor@db.internal:5432/dealfloor";
const SECRET = "k3Q9v0cY8e2bN1xT7rW4uZ6aM5pL0sD2";

function problems(source: Record<string, string | undefined>): string[] {
  const check = checkEnv(source);
  return check.ok ? [] : check.problems;
}

describe("checkEnv", () => {
  it("stops production on PostgreSQL without NEXTAUTH_SECRET or NEXTAUTH_URL, saying what to set", () => {
    const found = problems({ NODE_ENV: "production", DATABASE_URL: PG });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/NEXTAUTH_SECRET is not set\. Set it to a long random string/);
    expect(found[1]).toMatch(/NEXTAUTH_URL is not set\. Set it to the address people open the app at/);
    expect(envProblemsMessage(found)).toMatch(
      /^Dealfloor cannot start[^]*- NEXTAUTH_SECRET[^]*- NEXTAUTH_URL/,
    );
  });

  it("counts an empty variable as unset", () => {
    const found = problems({
      NODE_ENV: "production",
      DATABASE_URL: PG,
      NEXTAUTH_SECRET: " ",
      NEXTAUTH_URL: "",
    });
    expect(found.join("\n")).toMatch(/NEXTAUTH_SECRET is not set[^]*NEXTAUTH_URL is not set/);
  });

  it("starts production on PostgreSQL with both set", () => {
    const check = checkEnv({
      NODE_ENV: "production",
      DATABASE_URL: PG,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: "https://crm.bank.example",
      DEALFLOOR_TRUSTED_PROXY_HOPS: "1",
    });
    expect(check.ok && check.env).toMatchObject({ DEALFLOOR_TRUSTED_PROXY_HOPS: 1, NODE_ENV: "production" });
  });

  it("asks nothing of the embedded trial or of development (npm start fills both in)", () => {
    expect(problems({ NODE_ENV: "production" })).toEqual([]);
    expect(problems({ NODE_ENV: "development", DATABASE_URL: PG })).toEqual([]);
    expect(problems({})).toEqual([]);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must be postgres/],
    [{ NEXTAUTH_SECRET: "short" }, /at least 16 characters/],
    [{ NEXTAUTH_URL: "crm.example.com" }, /NEXTAUTH_URL must be the app's address/],
    [{ NEXTAUTH_URL: "ftp://crm.example.com" }, /NEXTAUTH_URL must be the app's address/],
    [{ DEALFLOOR_DEMO: "yes" }, /DEALFLOOR_DEMO must be 1 \(demo data\) or 0/],
    [{ DEALFLOOR_TRUSTED_PROXY_HOPS: "two" }, /DEALFLOOR_TRUSTED_PROXY_HOPS must be a whole number/],
    [{ DEALFLOOR_TRUSTED_PROXY_HOPS: "11" }, /DEALFLOOR_TRUSTED_PROXY_HOPS must be a whole number/],
    [{ PORT: "http" }, /PORT must be a port number/],
  ])("refuses %o with a sentence naming the variable", (source, message) => {
    const found = problems(source);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});
