import { describe, expect, it } from "vitest";
import { contentDisposition, downloadHeaders, safeContentType, safeFileName } from "./download-headers.ts";

describe("serving an attachment", () => {
  it("keeps only types browsers do not run; the rest is application/octet-stream", () => {
    expect(safeContentType("application/pdf")).toBe("application/pdf");
    expect(safeContentType("IMAGE/PNG")).toBe("image/png");
    expect(safeContentType("text/plain; charset=latin1")).toBe("text/plain; charset=utf-8");
    for (const risky of [
      "text/html",
      "image/svg+xml",
      "application/xhtml+xml",
      "text/xml",
      "application/javascript",
      "",
      "nonsense",
    ])
      expect(safeContentType(risky)).toBe("application/octet-stream");
  });

  it("sanitises the name: no directories, control or bidi characters, quotes; the exact name in filename*", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\Users\\x\\report.pdf")).toBe("report.pdf");
    expect(safeFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(safeFileName("...")).toBe("attachment");
    expect(contentDisposition('a"b\r\nSet-Cookie: x.txt')).toBe(
      `attachment; filename="a_bSet-Cookie: x.txt"; filename*=UTF-8''a%22bSet-Cookie%3A%20x.txt`,
    );
    expect(contentDisposition("Überweisung (1).pdf")).toBe(
      `attachment; filename="_berweisung (1).pdf"; filename*=UTF-8''%C3%9Cberweisung%20%281%29.pdf`,
    );
  });

  it("is always a download, never sniffed, sandboxed and not cached", () => {
    expect(downloadHeaders({ fileName: "x.html", mimeType: "text/html" }, 12)).toEqual({
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="x.html"; filename*=UTF-8''x.html`,
      "Content-Length": "12",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    });
  });
});
