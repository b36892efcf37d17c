import "server-only";
import { api } from "@/server/trpc/server-caller.ts";

/** Campaigns the viewer can pick as Marketing Campaign, newest first. */
export async function campaignOptions(): Promise<{ id: string; name: string }[]> {
  const page = await (await api()).campaigns.list({ limit: 100 });
  return page.items.map((c) => ({ id: c.id, name: c.name }));
}
