import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}` },
      // server-only throws outside React Server Components; services are plain code in tests.
      { find: /^server-only$/, replacement: `${root}server/test/empty-module.ts` },
    ],
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", ".git/**", "e2e/**", ".next/**", "data/**", "server/generated/**"],
    globalSetup: ["server/test/global-setup.ts"],
    // PGlite takes seconds to start on a busy 2-core machine; cloning the template is ~0.5 s idle.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
    // Two cores: two files at a time keeps PGlite instances from fighting for memory and CPU.
    maxWorkers: 2,
  },
});
