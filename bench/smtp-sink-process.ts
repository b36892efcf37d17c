// The bench's SMTP server in a process of its own, as a real mail server would be, so parsing what
// it receives does not share the sender's event loop. Sends {url} once listening; answers "count"
// with {count, distinct} (distinct Message-IDs).
import { startSmtpSink } from "../server/test/smtp-sink.ts";

const sink = await startSmtpSink();
process.send!({ url: sink.url });
process.on("message", (msg) => {
  if (msg === "count") {
    process.send!({
      count: sink.received.length,
      distinct: new Set(sink.received.map((m) => m.messageId)).size,
    });
  } else if (msg === "stop") {
    void sink.close().then(() => process.exit(0));
  }
});
