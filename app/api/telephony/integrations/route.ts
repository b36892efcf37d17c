import { z } from "zod";
import { db } from "@/server/db.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The simulator and PBX adapters address an integration by name when they are set up; the id
// alone cannot post anything without the secret.
export async function GET(req: Request) {
  const name = z.string().trim().min(1).max(200).safeParse(new URL(req.url).searchParams.get("name"));
  if (!name.success) return Response.json({ error: "Give the integration's name as ?name=" }, { status: 400 });
  const integration = await db.ctiIntegration.findFirst({ where: { name: name.data, enabled: true }, select: { id: true, name: true, kind: true } });
  if (!integration) return Response.json({ error: "No enabled integration with that name." }, { status: 404 });
  return Response.json(integration);
}
