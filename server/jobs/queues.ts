// Every background job of the app, with its retry policy, in one place. A job's data is small (an
// id); the database row it names carries the state, so a job that runs twice finds the work done.

export const OUTBOX_SEND = "outbox-send";
export const OUTBOX_SWEEP = "outbox-sweep";
export const AGREEMENT_EXPIRY = "agreement-expiry";
export const IMAP_POLL = "imap-poll";

export type QueueSpec = {
  name: string;
  /** Attempts after the first; with retryBackoff the delay doubles each time (5 s, 10 s, 20 s…). */
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  /** Seconds before a running job counts as stalled and is retried. */
  expireInSeconds: number;
  /** A cron schedule (UTC) for queues that run on their own. */
  cron?: string;
};

export const QUEUES: readonly QueueSpec[] = [
  { name: OUTBOX_SEND, retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  // Picks up messages whose send job was never created (a crash between commit and send()).
  {
    name: OUTBOX_SWEEP,
    retryLimit: 0,
    retryDelay: 0,
    retryBackoff: false,
    expireInSeconds: 120,
    cron: "* * * * *",
  },
  {
    name: AGREEMENT_EXPIRY,
    retryLimit: 2,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 600,
    cron: "5 * * * *",
  },
  // Reads IMAP_URL every minute (server/messaging/imap); scheduled only where a mailbox is set.
  {
    name: IMAP_POLL,
    retryLimit: 0,
    retryDelay: 0,
    retryBackoff: false,
    expireInSeconds: 300,
    ...(process.env.IMAP_URL ? { cron: "* * * * *" } : {}),
  },
];
