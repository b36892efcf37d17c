// The Prisma CLI depends on @prisma/streams-local (through @prisma/dev) only for `prisma dev`, its
// local development server, and that package requires Node 22. Dealfloor never runs `prisma dev`
// (it uses the CLI to generate the client; migrations go through scripts/db.mjs), so package.json
// overrides the dependency with this stub: installs on Node 20 stay free of EBADENGINE warnings.
export async function startLocalDurableStreamsServer() {
  throw new Error(
    "`prisma dev` is not available in Dealfloor: it needs @prisma/streams-local, replaced by a stub in package.json.",
  );
}
