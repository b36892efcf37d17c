/** The client's address from the proxy headers `next start` (or a reverse proxy) sets. */
export function clientAddress(headers: Record<string, string | undefined> | Headers): string | null {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]) ?? undefined;
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip") || null;
}
