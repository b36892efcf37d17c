import { describe, expect, it } from "vitest";
import { enumLabel, enumParam, hrefWith, pagerHrefs } from "./search-params.ts";
import { visibleColumns } from "./view-columns.ts";

describe("list URLs", () => {
  it("keeps filters and drops the cursor when a filter changes", () => {
    expect(
      hrefWith("/leads", { status: "NEW", cursor: "abc" }, { leadSource: "REFERRAL", cursor: undefined }),
    ).toBe("/leads?status=NEW&leadSource=REFERRAL");
  });

  it("ignores values outside the enum", () => {
    expect(enumParam({ stage: "BOGUS" }, "stage", { A: "A" })).toBeUndefined();
    expect(enumParam({ stage: "A" }, "stage", { A: "A" })).toBe("A");
  });

  it("offers a next link only when there is a next page, and a first link only past page one", () => {
    expect(pagerHrefs("/accounts", {}, null)).toEqual({ nextHref: undefined, firstHref: undefined });
    expect(pagerHrefs("/accounts", { cursor: "c1" }, "c2")).toEqual({
      nextHref: "/accounts?cursor=c2",
      firstHref: "/accounts",
    });
  });

  it("labels enum values for people", () => {
    expect(enumLabel("CLOSED_WON")).toBe("Closed won");
  });

  it("keeps a repeated column choice when another param changes", () => {
    expect(hrefWith("/leads", { cols: ["sur", "status"], cursor: "c" }, { cursor: undefined })).toBe(
      "/leads?cols=sur&cols=status",
    );
  });

  it("shows the chosen columns in the list's order, and all of them when none or only unknown ones are chosen", () => {
    const columns = [{ key: "a" }, { key: "b" }, { key: "c" }];
    expect(visibleColumns(columns, { cols: ["c", "a"] }).map((c) => c.key)).toEqual(["a", "c"]);
    expect(visibleColumns(columns, { cols: "b,c" }).map((c) => c.key)).toEqual(["b", "c"]);
    expect(visibleColumns(columns, {}).map((c) => c.key)).toEqual(["a", "b", "c"]);
    expect(visibleColumns(columns, { cols: "zzz" }).map((c) => c.key)).toEqual(["a", "b", "c"]);
  });
});
