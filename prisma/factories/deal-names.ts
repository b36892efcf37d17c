import type { Segment } from "../../server/generated/prisma/enums.ts";

/** What an opportunity sells, by segment: the "what is being sold" half of its name. */
export const DEALS_BY_SEGMENT: Record<Segment, readonly string[]> = {
  INSTITUTIONAL: [
    "EUR/USD forward hedging programme",
    "FX prime brokerage",
    "Gilt repo line",
    "Interest rate swap overlay",
    "FX options strategy",
    "UST block execution mandate",
    "Bund basis trade",
    "Cross-currency swap",
  ],
  CORPORATE: [
    "Revolving credit facility",
    "Trade finance line",
    "FX forward hedge",
    "Cash pooling",
    "Term deposit rollover",
    "Bond issuance",
    "Supply chain finance",
    "Interest rate cap",
    "Acquisition finance",
  ],
  SME: [
    "Invoice finance facility",
    "Asset finance",
    "Business term deposit",
    "FX payments account",
    "Overdraft renewal",
  ],
  PRIVATE_BANKING: [
    "Discretionary mandate",
    "Lombard loan",
    "Structured note",
    "Bond portfolio",
    "Mortgage refinance",
    "Gold allocation",
    "Equity portfolio transfer",
  ],
  RETAIL: ["Savings account", "Mortgage", "ISA transfer"],
};
