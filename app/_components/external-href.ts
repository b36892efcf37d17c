/**
 * An address from the database that may become a link: http(s) and mailto only. Stored links can
 * come from imports and integrations, and a `javascript:` or `data:` address in an href runs in the
 * CRM's origin when clicked, so anything else is shown as text, not as a link.
 */
export function externalHref(stored: string | null | undefined): string | null {
  if (!stored) return null;
  try {
    const url = new URL(stored.trim());
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:"
      ? url.href
      : null;
  } catch {
    return null;
  }
}
