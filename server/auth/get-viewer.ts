import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { db } from "../db.ts";
import { authOptions } from "./options.ts";
import { loadViewer } from "./session-store.ts";
import type { Viewer } from "../access/viewer.ts";

/** The signed-in viewer for this request, checked against the session row; null if none. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const sid = (session as { sid?: string } | null)?.sid;
  return sid ? loadViewer(db, sid) : null;
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/** An admin page: anyone else gets the same 404 page as for a route that does not exist. */
export async function requireAdminPage(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.role !== "ADMIN") notFound();
  return viewer;
}
