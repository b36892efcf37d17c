import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "../logger.ts";
import { announceSetupCode, setupCodeFor } from "./setup-code.ts";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("announceSetupCode", () => {
  it("writes the code to the log at most once a minute", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "announce-test-secret-0123456789");
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const t0 = 1_000_000_000_000;
    announceSetupCode(t0);
    announceSetupCode(t0 + 59_000);
    expect(warn).toHaveBeenCalledTimes(1);
    const code = setupCodeFor("announce-test-secret-0123456789");
    expect(warn.mock.calls[0]).toEqual([{ setupCode: code }, expect.stringContaining(code)]);
    announceSetupCode(t0 + 60_000);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
