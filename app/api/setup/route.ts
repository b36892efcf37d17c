import { db } from "@/server/db.ts";
import { clientAddress } from "@/server/auth/client-address.ts";
import { errorResponse, jsonError } from "@/server/http/error-response.ts";
import { refuseCrossOrigin } from "@/server/http/same-origin.ts";
import { createFirstAdmin } from "@/server/setup/first-admin.ts";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The setup form's only request: creates the first administrator while the database has no user,
// and answers 409 for good once it has one (server/setup/first-admin.ts).
const MAX_BODY_BYTES = 10_000;

export async function POST(req: Request) {
  const refused = refuseCrossOrigin(req);
  if (refused) return refused;
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    return jsonError(413, "The form is too large.");
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) return jsonError(413, "The form is too large.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonError(400, "Send the form as JSON.");
  }
  const requestId = crypto.randomUUID();
  try {
    const admin = await createFirstAdmin(db, body, { ip: clientAddress(req.headers), requestId });
    return Response.json({ email: admin.email }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
