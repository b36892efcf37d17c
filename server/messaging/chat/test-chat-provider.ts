import http from "node:http";
import type { AddressInfo } from "node:net";
import { SIGNATURE_HEADERS, verifySignature } from "../../telephony/signature.ts";
import type { ChatReplyPayload } from "./chat-transport.ts";

export type ReceivedReply = {
  payload: ChatReplyPayload;
  /** Whether the signature checked out against the provider's copy of the integration secret. */
  signatureValid: boolean;
  status: number;
};

/**
 * A chat provider's reply endpoint for tests: a real HTTP server that checks each POST's signature
 * as a provider would (refusing a bad one with 401), and answers with the statuses it is told to.
 */
export async function startChatProvider(secret: string, port = 0) {
  const received: ReceivedReply[] = [];
  const script: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const check = verifySignature(
        [secret],
        req.headers[SIGNATURE_HEADERS.timestamp]?.toString() ?? null,
        req.headers[SIGNATURE_HEADERS.signature]?.toString() ?? null,
        raw,
      );
      const status = !check.ok ? 401 : (script.shift() ?? 200);
      let payload: ChatReplyPayload;
      try {
        payload = JSON.parse(raw) as ChatReplyPayload;
      } catch {
        payload = { conversationId: "", messageId: "", text: raw, agent: null, sentAt: "" };
      }
      received.push({ payload, signatureValid: check.ok, status });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(
        JSON.stringify(
          !check.ok
            ? { error: check.reason }
            : status < 300
              ? { accepted: true, id: `prov-${received.length}` }
              : { error: status >= 500 ? "provider unavailable" : "conversation closed" },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/replies`;
  return {
    url,
    received,
    /** The next POSTs are answered with these statuses, in order; then 200 again. */
    answerNext: (...statuses: number[]) => script.push(...statuses),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ChatProvider = Awaited<ReturnType<typeof startChatProvider>>;
