// `npm run seed`: the demo sales floor on the database in DATABASE_URL (PGlite under data/ when
// unset). Run migrations first (`npm run db:deploy`); `npm start` does both.
import { createPrismaClient } from "../server/db/create-client.ts";
import { databaseUrl } from "../scripts/lib/database-url.mjs";
import { isDemoMode } from "../server/demo-mode.ts";
import { DEMO_PASSWORD, DEMO_USER_LIST, seedDemo } from "./seed-demo.ts";

// The demo users share a published password and the demo integrations' webhook secrets are in the
// source: never on a deployment's database unless asked for.
if (!isDemoMode()) {
  console.error(
    "Not in demo mode (DATABASE_URL is a PostgreSQL database, or DEALFLOOR_DEMO=0), so the demo data " +
      "(published passwords, webhook secrets from the source) is not seeded. Set DEALFLOOR_DEMO=1 to seed it anyway.",
  );
  process.exit(1);
}

const url = databaseUrl();
const db = createPrismaClient(url);
let exitCode = 0;
try {
  const result = await seedDemo(db);
  if (!result.created) {
    console.log("Demo data already present: nothing to do.");
  } else {
    console.log(`Seeded the demo sales floor in ${(result.ms / 1000).toFixed(1)} s:`);
    for (const [model, count] of Object.entries(result.counts)) console.log(`  ${model.padEnd(24)} ${count}`);
    console.log(
      `Screen-pop numbers: one match ${result.samples.singleMatchPhone}, several ${result.samples.sharedPhone}, none ${result.samples.unknownPhone}`,
    );
  }
  console.log("\nDemo logins:");
  console.log(`  ${"EMAIL".padEnd(34)} ${"ROLE".padEnd(8)} ${"PASSWORD".padEnd(16)} TEAM`);
  for (const u of DEMO_USER_LIST) {
    console.log(
      `  ${u.email.padEnd(34)} ${u.role.padEnd(8)} ${DEMO_PASSWORD.padEnd(16)} ${u.team ?? "(all teams, as admin)"}`,
    );
  }
} catch (e) {
  exitCode = 1;
  console.error(e);
  if (String(e).includes("does not exist"))
    console.error(`\nThe database at ${url} has no tables yet: run \`npm run db:deploy\` first.`);
} finally {
  await db.$disconnect();
}
// PGlite's close resets process.exitCode and an idle pg pool holds the process open: exit explicitly.
process.exit(exitCode);
