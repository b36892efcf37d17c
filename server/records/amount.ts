import { z } from "zod";
import { zText } from "./text.ts";
import { normaliseAmount } from "./amount-text.ts";

/** A money amount typed as text, grouping marks allowed ("1,000,000.50"), kept as a decimal string. */
export const zAmountText = (message = "Enter an amount, e.g. 250,000") =>
  zText()
    .transform((v) => normaliseAmount(v))
    .pipe(z.string().regex(/^\d{1,16}(\.\d{1,2})?$/, message));

/** A number that may arrive as typed text with grouping marks. */
export const amountInput = (v: unknown) => (typeof v === "string" ? normaliseAmount(v) : v);
