import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAppUrl } from "./app-url.ts";

const file = (content: object | null) => {
  const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "serving-")), "serving.json");
  if (content) fs.writeFileSync(p, JSON.stringify(content));
  return p;
};

describe("the simulator finds the running app", () => {
  it("prefers --url, then APP_URL, then PORT", () => {
    const serving = file({ url: "http://localhost:4100", pid: process.pid });
    expect(resolveAppUrl("http://x:1", { APP_URL: "http://y:2", PORT: "3" }, serving).url).toBe("http://x:1");
    expect(resolveAppUrl(undefined, { APP_URL: "http://y:2", PORT: "3" }, serving).url).toBe("http://y:2");
    expect(resolveAppUrl(undefined, { PORT: "4000" }, serving).url).toBe("http://localhost:4000");
  });

  it("uses the address the running app recorded, and only while that process lives", () => {
    expect(resolveAppUrl(undefined, {}, file({ url: "http://localhost:4100", pid: process.pid }))).toEqual({
      url: "http://localhost:4100",
      from: "the running app (data/serving.json)",
    });
    // A pid far above any Linux pid_max: the app that wrote it has gone.
    expect(resolveAppUrl(undefined, {}, file({ url: "http://localhost:4100", pid: 2 ** 30 })).url).toBe(
      "http://localhost:3000",
    );
    expect(resolveAppUrl(undefined, {}, file(null)).from).toBe("the default");
  });
});
