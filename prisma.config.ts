import { defineConfig } from "prisma/config";

// The CLI only generates the client here; migrations run through scripts/db.mjs (offline).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
