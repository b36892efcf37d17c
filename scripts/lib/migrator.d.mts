import type { PGlite } from "@electric-sql/pglite";
export declare function freshPGlite(): Promise<PGlite>;
export declare function deploy(url: string, pg?: PGlite): Promise<string[]>;
export declare function status(url: string): Promise<unknown>;
export declare function drift(url: string, pg?: PGlite): Promise<string>;
export declare function pendingSchemaChanges(): Promise<string>;
export declare function createMigration(name: string, options?: { draft?: boolean }): Promise<string | null>;
