import { z } from "zod";

// The address a request came from, for sign-in throttling and the audit log. Only what this
// server saw can be trusted: the address of the socket (scripts/serve.mjs passes it on in
// PEER_ADDRESS_HEADER, overwriting anything the client sent there) and, behind reverse proxies,
// the entries of X-Forwarded-For that those proxies appended: DEALFLOOR_TRUSTED_PROXY_HOPS of
// them, counted from the right. Anything left of that was written by the client and is ignored,
// so a changed header cannot move a client to another throttling bucket.

export const PEER_ADDRESS_HEADER = "x-dealfloor-peer-address";
const SERVED_WITH_PEER_HEADER = Symbol.for("dealfloor.peerAddressHeader");

const ZHops = z.coerce.number().int().min(0).max(10);

/** DEALFLOOR_TRUSTED_PROXY_HOPS: how many reverse proxies stand in front of the app (default 0). */
export function trustedProxyHops(value = process.env.DEALFLOOR_TRUSTED_PROXY_HOPS): number {
  if (value === undefined || value.trim() === "") return 0;
  const parsed = ZHops.safeParse(value);
  if (!parsed.success)
    throw new Error(`DEALFLOOR_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${value}"`);
  return parsed.data;
}

type HeaderSource = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderSource, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value.join(",") : value)?.trim() || undefined;
}

/**
 * The client's address: with `hops` proxies in front, the hops-th entry of X-Forwarded-For from the
 * right (the leftmost when there are fewer), else the socket's address.
 *
 * `peerHeaderTrusted` says whether scripts/serve.mjs is in front (it marks the process). Served
 * by plain `next start` instead, the socket address never reaches the app: Next puts it in
 * X-Forwarded-For only when the client sent none, so its rightmost entry is the best left.
 */
export function clientAddress(
  headers: HeaderSource,
  hops = trustedProxyHops(),
  peerHeaderTrusted = SERVED_WITH_PEER_HEADER in globalThis,
): string | null {
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Right to left: the socket, then what each trusted proxy appended for the hop before it.
  let chain: string[];
  if (peerHeaderTrusted) {
    const peer = header(headers, PEER_ADDRESS_HEADER);
    if (!peer) return null;
    chain = [peer, ...forwarded.reverse()];
  } else {
    // The socket is lost; its place is taken by the last entry, Next's or the nearest proxy's.
    chain = forwarded.reverse();
    hops = Math.max(hops - 1, 0);
  }
  const picked = chain[Math.min(hops, chain.length - 1)];
  return picked ? normalise(picked) : null;
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client; so are "[::1]:5000" and "::1". */
function normalise(address: string): string {
  let a = address.slice(0, 100);
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.replace(/:\d+$/, "");
  return a.replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i, "$1").toLowerCase();
}
