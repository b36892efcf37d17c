// The factories, for tests and seeds: build*() makes a row for bulk inserts, create*() inserts one.
export * from "./insert-in-chunks.ts";
export * from "./factory-rng.ts";
export * from "./phone-numbers.ts";
export * from "./contact-mechanisms.ts";
export * from "./teams.ts";
export * from "./users.ts";
export * from "./accounts.ts";
export * from "./contacts.ts";
export * from "./leads.ts";
export * from "./campaigns.ts";
export * from "./opportunities.ts";
export * from "./events.ts";
export * from "./interactions.ts";
export * from "./agreements.ts";
export * from "./applications.ts";
export * from "./quotas.ts";
export * from "./comm-centre.ts";
export { createRng, type Rng } from "../random.ts";
