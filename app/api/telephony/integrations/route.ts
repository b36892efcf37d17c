import { db } from "@/server/db.ts";
import { getViewer } from "@/server/auth/get-viewer.ts";
import { errorResponse, jsonError } from "@/server/http/error-response.ts";
import { findIntegrationByName } from "@/server/telephony/find-integration.ts";
import { SIGNATURE_HEADERS } from "@/server/telephony/signature.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The simulator and PBX adapters address an integration by name when they are set up. They have
// no session, so they sign the name as they sign a webhook's body; a signed-in user may look it up
// too. Anyone else learns nothing, not even whether the name exists.
export async function GET(req: Request) {
  try {
    const found = await findIntegrationByName(db, new URL(req.url).searchParams.get("name"), {
      signedIn: !!(await getViewer()),
      timestamp: req.headers.get(SIGNATURE_HEADERS.timestamp),
      signature: req.headers.get(SIGNATURE_HEADERS.signature),
    });
    if (found.status === 400) return jsonError(400, found.reason, { fieldErrors: found.fieldErrors });
    if (found.status === 401) return jsonError(401, found.reason);
    if (found.status === 404) return jsonError(404, "No enabled integration with that name.");
    return Response.json(found.integration, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
