import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER, trustedProxyHops } from "./client-address.ts";

// As scripts/serve.mjs hands them on: the socket's address in PEER_ADDRESS_HEADER, the rest as sent.
const served = (socket: string, forwardedFor?: string) =>
  new Headers({
    [PEER_ADDRESS_HEADER]: socket,
    ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
  });
const behindServeMjs = true;

describe("clientAddress", () => {
  it("with no proxy in front, is the socket's address whatever X-Forwarded-For says", () => {
    expect(clientAddress(served("203.0.113.7"), 0, behindServeMjs)).toBe("203.0.113.7");
    // The reported bypass: each attempt claimed another address and got a fresh bucket.
    for (const spoofed of ["1.1.1.1", "2.2.2.2", "10.0.0.1, 10.0.0.2", "garbage"]) {
      expect(clientAddress(served("203.0.113.7", spoofed), 0, behindServeMjs)).toBe("203.0.113.7");
    }
  });

  it("without any header, gives each socket its own address rather than one shared bucket", () => {
    expect(clientAddress(served("203.0.113.7"), 0, behindServeMjs)).not.toBe(
      clientAddress(served("203.0.113.8"), 0, behindServeMjs),
    );
    // A client cannot pick its address by sending the peer header: the server overwrites it, and
    // without the server in front it is not read at all.
    expect(
      clientAddress(
        new Headers({ [PEER_ADDRESS_HEADER]: "9.9.9.9", "x-forwarded-for": "127.0.0.1" }),
        0,
        false,
      ),
    ).toBe("127.0.0.1");
  });

  it("behind one trusted proxy, takes the entry that proxy appended, not the client's own", () => {
    // The proxy (10.0.0.5) appended the address it saw (198.51.100.4) to what the client sent.
    expect(clientAddress(served("10.0.0.5", "6.6.6.6, 198.51.100.4"), 1, behindServeMjs)).toBe(
      "198.51.100.4",
    );
    expect(clientAddress(served("10.0.0.5", "198.51.100.4"), 1, behindServeMjs)).toBe("198.51.100.4");
    // Two proxies: the second-from-right entry.
    expect(clientAddress(served("10.0.0.5", "6.6.6.6, 198.51.100.4, 10.0.0.9"), 2, behindServeMjs)).toBe(
      "198.51.100.4",
    );
    // Fewer entries than hops (the request skipped a proxy): the leftmost there is.
    expect(clientAddress(served("10.0.0.5"), 1, behindServeMjs)).toBe("10.0.0.5");
  });

  it("reads IPv4-mapped IPv6 and bracketed forms as one address", () => {
    expect(clientAddress(served("::ffff:203.0.113.7"), 0, behindServeMjs)).toBe("203.0.113.7");
    expect(clientAddress(served("10.0.0.5", "[2001:DB8::1]:4711"), 1, behindServeMjs)).toBe("2001:db8::1");
    expect(clientAddress(served("10.0.0.5", "203.0.113.9:4711"), 1, behindServeMjs)).toBe("203.0.113.9");
  });

  it("served by plain `next start`, falls back to the last X-Forwarded-For entry", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, 0, false)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 198.51.100.4" }, 1, false)).toBe("198.51.100.4");
    expect(clientAddress({}, 0, false)).toBeNull();
  });
});

describe("trustedProxyHops", () => {
  it("defaults to no proxy and refuses a value that is not a small whole number", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "many", "99"])
      expect(() => trustedProxyHops(bad)).toThrow(/DEALFLOOR_TRUSTED_PROXY_HOPS/);
  });
});
