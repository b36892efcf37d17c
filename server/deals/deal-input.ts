import { z } from "zod";
import { zText } from "../records/text.ts";
import { amountInput } from "../records/amount.ts";
import { ZRecordId } from "../records/record-id.ts";
import { DEAL_CURRENCIES } from "../forecasts/fx-to-eur.ts";

export const INSTRUMENT_TYPES = ["FX", "BOND", "RATES", "EQUITY", "COMMODITY", "DEPOSIT", "LOAN"] as const;

const money = (label: string, max: number) =>
  z.preprocess(
    amountInput,
    z.coerce
      .number({ message: `${label} must be a number` })
      .positive(`${label} must be more than 0`)
      .max(max, `${label} is above the ${max.toLocaleString("en-GB")} ticket limit`),
  );

export const ZRegisterDealRequestSchema = z.object({
  accountId: ZRecordId,
  sessionId: ZRecordId.optional(),
  instrument: zText().min(1, "Instrument is required").max(60),
  // Derived from the instrument when not given (server/deals/instrument-type.ts).
  instrumentType: z.enum(INSTRUMENT_TYPES, "Choose an instrument type").optional(),
  side: z.enum(["BUY", "SELL"], "Choose Buy or Sell"),
  notional: money("Notional", 10_000_000_000),
  price: money("Price", 1_000_000),
  currency: zText()
    .toUpperCase()
    .refine((c) => DEAL_CURRENCIES.includes(c), `Currency must be one of ${DEAL_CURRENCIES.join(", ")}`),
});
export type RegisterDealRequest = z.input<typeof ZRegisterDealRequestSchema>;

export const ZDealPreviewRequestSchema = z.object({
  accountId: ZRecordId,
  notional: z.preprocess(amountInput, z.coerce.number().min(0).max(10_000_000_000)).default(0),
  currency: zText().toUpperCase().default("EUR"),
});
