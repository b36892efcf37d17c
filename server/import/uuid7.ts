import { randomFillSync } from "node:crypto";

// Time-ordered ids like Prisma's @default(uuid(7)), which only Prisma's own create fills in: bulk
// inserts bring their ids, and v7 keeps a million new rows at the right end of the id index.
// Random bytes are drawn 4 KB at a time: one system call per id cost 1.1 s of a 200k-row import.
const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let next = POOL_IDS;

export function uuid7(now = Date.now()): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const b = pool.subarray(16 * next, 16 * ++next);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
