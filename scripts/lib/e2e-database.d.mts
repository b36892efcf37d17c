export declare const E2E_PGLITE_DIR: string;
export declare const E2E_PG_DATABASE: string;
export declare function e2eDatabaseUrl(env: Record<string, string | undefined>): string;
export declare function resetPostgresDatabase(url: string, options: { recreate: boolean }): Promise<void>;
