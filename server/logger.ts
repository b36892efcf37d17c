import pino from "pino";

// Plain JSON lines on stdout; one child per request carries its request id.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "dealfloor" },
});

export type Logger = typeof logger;
