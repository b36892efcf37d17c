// Not a client module, so a server layout can import it and get the real values.

/** Mirrors the comm panel's localStorage flag so the server can render the panel as the user left it. */
export const COMM_PANEL_COOKIE = "dealfloor.commPanelOpen";

/** Open unless the user collapsed it: pass `(await cookies()).get(COMM_PANEL_COOKIE)?.value`. */
export function commPanelOpenFromCookie(value: string | undefined): boolean {
  return value !== "0";
}
