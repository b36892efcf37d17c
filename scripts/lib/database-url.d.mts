export declare const DEFAULT_PGLITE_DIR: string;
export declare function databaseUrl(env?: Record<string, string | undefined>): string;
export declare function isPostgresUrl(url: string): boolean;
export declare function pgliteDir(url: string): string;
