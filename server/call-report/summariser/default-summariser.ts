import type { Summariser } from "./summariser.ts";
import { winkSummariser } from "./wink-summariser.ts";

/** The summariser the app uses. Swap the implementation here for an on-premises model. */
export function defaultSummariser(): Summariser {
  return winkSummariser;
}
