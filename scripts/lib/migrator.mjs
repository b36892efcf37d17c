// Offline Prisma Migrate for PostgreSQL. The Prisma CLI needs a native schema engine that cannot
// be downloaded here, so this drives the schema-engine WASM shipped in the `prisma` package
// through driver adapters. Migration folders and `_prisma_migrations` rows are the CLI's own
// format, so a user with internet can run the ordinary `prisma migrate` on the same folder.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { parse as parsePgUrl } from "pg-connection-string";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { isPostgresUrl, pgliteDir } from "./database-url.mjs";

const ROOT = process.cwd();
const SCHEMA = path.join(ROOT, "prisma/schema.prisma");
const MIGRATIONS = path.join(ROOT, "prisma/migrations");
const WASM = path.join(ROOT, "node_modules/prisma/build/schema_engine_bg.wasm");
const FILTERS = { externalTables: [], externalEnums: [] };

const pgliteVersion = JSON.parse(
  fs.readFileSync(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8"),
).version;
const EMPTY_TEMPLATE = path.join(ROOT, "node_modules/.cache/dealfloor", `pglite-empty-${pgliteVersion}.tar`);

// Migrations run CREATE EXTENSION pg_trgm (global search); PGlite needs it loaded per instance.
const PGLITE_EXTENSIONS = { pg_trgm };

/** A fresh in-memory PGlite. initdb costs seconds; cloning a cached empty data dir ~0.5 s. */
export async function freshPGlite() {
  if (fs.existsSync(EMPTY_TEMPLATE)) {
    return PGlite.create({
      loadDataDir: new Blob([fs.readFileSync(EMPTY_TEMPLATE)]),
      extensions: PGLITE_EXTENSIONS,
    });
  }
  const pg = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  fs.mkdirSync(path.dirname(EMPTY_TEMPLATE), { recursive: true });
  fs.writeFileSync(EMPTY_TEMPLATE, Buffer.from(await (await pg.dumpDataDir("none")).arrayBuffer()));
  return pg;
}

// pglite-prisma-adapter 0.7.2 does not await exec() in executeScript, so a failing migration
// would be recorded as applied.
async function connectPGlite(pg) {
  const adapter = await new PrismaPGlite(pg).connect();
  return Object.assign(adapter, {
    async executeScript(sql) {
      try {
        await pg.exec(sql);
      } catch (e) {
        adapter.onError(e);
      }
    },
  });
}

function pgliteFactory(getPg) {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pglite",
    connect: async () => connectPGlite(await getPg()),
    async connectToShadowDb() {
      const shadow = await freshPGlite();
      const adapter = await connectPGlite(shadow);
      adapter.dispose = () => shadow.close();
      return adapter;
    },
  };
}

// @prisma/adapter-pg 7.10.1 as a migration adapter: with a `connectionString` its shadow database
// lands in the main one, it drops the shadow before closing its pool, and it rejects the catalog
// type "char" (OID 18) read during introspection. Discrete fields, our own shadow handling, and
// "char" reported as text work around all three.
function pgFactory(url, opened = []) {
  const { database, host, port, user, password } = parsePgUrl(url);
  const cfg = { database, host, port: Number(port ?? 5432), user, password };
  const patch = (adapter) => {
    const performIO = adapter.performIO.bind(adapter);
    adapter.performIO = async (...args) => {
      const result = await performIO(...args);
      for (const f of result.fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
      return result;
    };
    return adapter;
  };
  const inner = new PrismaPg(cfg);
  return {
    provider: "postgres",
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = patch(await inner.connect());
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const admin = await inner.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const adapter = patch(await new PrismaPg({ ...cfg, database: name }).connect());
      const close = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await close();
        await admin.executeScript(`DROP DATABASE "${name}"`);
        await admin.dispose();
      };
      return adapter;
    },
  };
}

function openTarget(url, pg) {
  if (isPostgresUrl(url)) {
    // The engine leaves its pool open; close it, or the database stays "accessed by other users"
    // (a template database cannot then be copied).
    const opened = [];
    return {
      factory: pgFactory(url, opened),
      close: async () => {
        for (const adapter of opened) await adapter.dispose().catch(() => {});
      },
    };
  }
  let own;
  const getPg = async () => {
    if (pg) return pg;
    const dir = pgliteDir(url);
    if (dir !== "memory") fs.mkdirSync(dir, { recursive: true });
    return (own ??=
      dir === "memory" ? await freshPGlite() : await PGlite.create(dir, { extensions: PGLITE_EXTENSIONS }));
  };
  return { factory: pgliteFactory(getPg), close: async () => own?.close() };
}

let wasmReady = false;
function loadWasm() {
  if (wasmReady) return;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(WASM)), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  wasmReady = true;
}

function schemaFiles() {
  return { files: [{ path: SCHEMA, content: fs.readFileSync(SCHEMA, "utf8") }] };
}

/** The migrations folder in the shape of the Prisma CLI's listMigrations(). */
function migrationsList() {
  const lock = path.join(MIGRATIONS, "migration_lock.toml");
  const dirs = fs.existsSync(MIGRATIONS)
    ? fs.readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory())
    : [];
  return {
    baseDir: MIGRATIONS,
    shadowDbInitScript: "",
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null,
    },
    migrationDirectories: dirs
      .map((d) => {
        const file = path.join(MIGRATIONS, d.name, "migration.sql");
        const content = fs.existsSync(file)
          ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
          : { tag: "error", value: "missing" };
        return { path: d.name, migrationFile: { path: "migration.sql", content } };
      })
      .sort((a, b) => a.path.localeCompare(b.path)),
  };
}

/**
 * Runs fn(engine) against the database at `url` (or an already open PGlite `pg`).
 * The shadow database is an in-memory PGlite unless the target is PostgreSQL.
 */
async function withEngine(url, fn, pg) {
  loadWasm();
  const target = openTarget(url, pg);
  const factory = isPostgresUrl(url)
    ? target.factory
    : { ...target.factory, connectToShadowDb: pgliteFactory(null).connectToShadowDb };
  const log = (line) => process.env.DEBUG_SCHEMA_ENGINE && console.error("[schema-engine]", line);
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[SCHEMA, fs.readFileSync(SCHEMA, "utf8")]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await target.close();
  }
}

// The engine writes this comment for a diff with nothing in it.
function withoutEmptyMarker(sql) {
  const text = (sql ?? "").trim();
  return text === "-- This is an empty migration." ? "" : text;
}

/** Applies pending migrations. Returns the names applied. */
export async function deploy(url, pg) {
  return withEngine(
    url,
    async (engine) =>
      (await engine.applyMigrations({ migrationsList: migrationsList(), filters: FILTERS }))
        .appliedMigrationNames,
    pg,
  );
}

export async function status(url) {
  return withEngine(url, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: migrationsList(),
      optInToShadowDatabase: false,
      filters: FILTERS,
    }),
  );
}

/** SQL that would bring the live database to schema.prisma: empty when there is no drift. */
export async function drift(url, pg) {
  return withEngine(
    url,
    async (engine) => {
      const files = schemaFiles();
      const r = await engine.diff({
        from: { tag: "schemaDatasource", ...files, configDir: ROOT },
        to: { tag: "schemaDatamodel", ...files },
        script: true,
        exitCode: null,
        filters: FILTERS,
      });
      return withoutEmptyMarker(r.stdout);
    },
    pg,
  );
}

/** SQL from the migrations folder to schema.prisma: empty when the migrations are complete. */
export async function pendingSchemaChanges() {
  return withEngine("pglite:memory", async (engine) => {
    const r = await engine.diff({
      from: { tag: "migrations", ...migrationsList() },
      to: { tag: "schemaDatamodel", ...schemaFiles() },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return withoutEmptyMarker(r.stdout);
  });
}

/**
 * Creates prisma/migrations/<ts>_<name>/migration.sql like `prisma migrate dev --create-only`:
 * createMigration needs a dev database whose history devDiagnostic has checked, so a throwaway
 * in-memory PGlite plays it.
 */
export async function createMigration(name, { draft = false } = {}) {
  return withEngine("pglite:memory", async (engine) => {
    const list = migrationsList();
    await engine.applyMigrations({ migrationsList: list, filters: FILTERS });
    const diag = await engine.devDiagnostic({ migrationsList: list, filters: FILTERS });
    if (diag.action.tag !== "createMigration")
      throw new Error(`devDiagnostic: ${JSON.stringify(diag.action)}`);
    const out = await engine.createMigration({
      migrationName: name,
      draft,
      migrationsList: list,
      schema: schemaFiles(),
      filters: FILTERS,
    });
    if (out.migrationScript === null) return null;
    const dir = path.join(MIGRATIONS, out.generatedMigrationName);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
    fs.writeFileSync(
      path.join(MIGRATIONS, "migration_lock.toml"),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
    );
    return `prisma/migrations/${out.generatedMigrationName}/migration.${out.extension}`;
  });
}
