#!/usr/bin/env node
// The app's HTTP server: Next's request handler behind a plain node:http server, so that the
// address of the socket each request arrived on reaches the app. Next does not expose it to route
// handlers, and the `X-Forwarded-For` it fills in is the client's own when the client sent one.
// Every request gets the socket's address in PEER_ADDRESS_HEADER, overwriting whatever the client
// put there; server/auth/client-address.ts trusts that header only when this server is in front
// (it says so on globalThis: same process). `npm start` and the e2e server run this.
//
// node scripts/serve.mjs [--dev]   (PORT, default 3000; HOSTNAME to bind one interface)
import fs from "node:fs";
import http from "node:http";

const dev = process.argv.includes("--dev");
process.env.NODE_ENV ??= dev ? "development" : "production";
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;

export const PEER_ADDRESS_HEADER = "x-dealfloor-peer-address";

const { default: next } = await import("next");
const app = next({ dev, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();
globalThis[Symbol.for("dealfloor.peerAddressHeader")] = PEER_ADDRESS_HEADER;

const server = http.createServer((req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res);
});
// `npm run simulate` sends its webhooks to the app that is running, whatever PORT it was given:
// it reads this file (test servers don't write it, so they never capture a developer's simulator).
const SERVING_FILE = "data/serving.json";
const writesServingFile = process.env.DEALFLOOR_SERVING_FILE !== "0";
server.listen(port, hostname, () => {
  const url = `http://${hostname ?? "localhost"}:${port}`;
  console.log(`▲ Next.js ${dev ? "dev" : "production"} server on ${url}`);
  if (writesServingFile) {
    fs.mkdirSync("data", { recursive: true });
    fs.writeFileSync(SERVING_FILE, JSON.stringify({ url, pid: process.pid }) + "\n");
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (writesServingFile) fs.rmSync(SERVING_FILE, { force: true });
    server.close();
    server.closeAllConnections();
    app.close().finally(() => process.exit(0));
  });
}
