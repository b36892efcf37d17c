export declare const E2E_PGLITE_DIR: string;
export declare const E2E_PG_DATABASE_PREFIX: string;
export declare const E2E_FIRST_RUN_PGLITE_DIR: string;
export declare function e2eDatabaseUrl(env: Record<string, string | undefined>): string;
export declare function e2eFirstRunDatabaseUrl(env: Record<string, string | undefined>): string;
export declare function resetPostgresDatabase(
  url: string,
  options?: { recreate: boolean; adminUrl?: string },
): Promise<void>;
