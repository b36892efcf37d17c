/**
 * How many calls one tRPC request may carry. Batching saves round trips for a page's few queries;
 * without a cap, one request could fan out into thousands of database queries. The browser's
 * batch link splits at the same size, so the app never meets the server's 400.
 */
export const MAX_TRPC_BATCH = 25;
