import type { PGlite } from "@electric-sql/pglite";

/**
 * pg-boss's "bring your own database" interface over an in-process PGlite, so the embedded default
 * runs the same queue as PostgreSQL with no socket. pg-boss sends its schema as one multi-statement
 * script without parameters: that goes through exec(), which runs several statements.
 * PGlite serialises every query and transaction, so a job query never runs inside a Prisma
 * transaction on the same instance; it waits for it. Never send a job from inside one.
 */
export function pgliteExecutor(pglite: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return results[results.length - 1] ?? { rows: [], fields: [] };
    },
  };
}
