import { describe, expect, it } from "vitest";
import { maskAccountIdentifiers, maskIdentifier } from "./mask-identifiers.ts";
import type { Viewer } from "../access/viewer.ts";

const viewer = (teamIds: string[], managedTeamIds: string[] = []): Viewer => ({
  id: "u",
  sessionId: "s",
  name: "U",
  email: "u@x.test",
  role: "REP",
  teamIds,
  managedTeamIds,
});

const account = { teamId: "team-a", accountPin: "8501011234567", fiscalRegistrationNo: "RO12345678" };

describe("maskAccountIdentifiers", () => {
  it("shows identifiers whole to the owning team and its managers", () => {
    expect(maskAccountIdentifiers(viewer(["team-a"]), account).accountPin).toBe("8501011234567");
    expect(maskAccountIdentifiers(viewer([], ["team-a"]), account).identifiersMasked).toBe(false);
  });

  it("masks all but the last three characters for anyone else", () => {
    const masked = maskAccountIdentifiers(viewer(["team-b"]), account);
    expect(masked.identifiersMasked).toBe(true);
    expect(masked.accountPin).not.toContain("850101");
    expect(masked.accountPin?.endsWith("567")).toBe(true);
    expect(masked.fiscalRegistrationNo?.endsWith("678")).toBe(true);
    expect(masked.fiscalRegistrationNo).not.toContain("12345");
  });

  it("leaves empty identifiers empty", () => {
    expect(maskIdentifier(null)).toBeNull();
    expect(maskIdentifier("12")).toBe("•••");
  });
});
