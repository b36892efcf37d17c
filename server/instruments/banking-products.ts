import type { Segment } from "../generated/prisma/enums.ts";

// What each segment buys and trades: the book. Products and instruments drive the communication
// centre's rules (pricing for the instruments a client trades) and the instrument names recognised
// in calls and chats; the demo seed gives its accounts holdings from the same lists.

export const PRODUCTS_BY_SEGMENT: Record<Segment, readonly string[]> = {
  INSTITUTIONAL: [
    "FX Spot",
    "FX Forward",
    "FX Swap",
    "FX Option",
    "Interest Rate Swap",
    "Government Bond",
    "Corporate Bond",
    "Repo",
  ],
  CORPORATE: [
    "FX Spot",
    "FX Forward",
    "Credit Facility",
    "Term Deposit",
    "Trade Finance",
    "Cash Management",
    "Corporate Bond",
    "Interest Rate Swap",
  ],
  SME: [
    "Business Current Account",
    "Term Deposit",
    "Credit Facility",
    "FX Spot",
    "Invoice Finance",
    "Asset Finance",
  ],
  PRIVATE_BANKING: [
    "Equities",
    "Discretionary Mandate",
    "Term Deposit",
    "Corporate Bond",
    "Structured Note",
    "Mortgage",
    "FX Spot",
    "Lombard Loan",
  ],
  RETAIL: ["Current Account", "Savings Account", "Mortgage", "Equities", "Credit Card"],
};

export const INSTRUMENTS_BY_SEGMENT: Record<Segment, readonly string[]> = {
  INSTITUTIONAL: [
    "EUR/USD",
    "GBP/USD",
    "USD/JPY",
    "EUR/GBP",
    "USD/CHF",
    "UST 10Y",
    "UST 2Y",
    "Bund 2034",
    "Gilt 2033",
    "OAT 2035",
    "SONIA 5Y swap",
    "EURIBOR 3M",
  ],
  CORPORATE: ["EUR/USD", "GBP/USD", "EUR/GBP", "USD/CNH", "EUR/CHF", "SONIA 5Y swap", "Gilt 2033"],
  SME: ["GBP/EUR", "GBP/USD", "EUR/USD"],
  PRIVATE_BANKING: [
    "FTSE 100",
    "Euro Stoxx 50",
    "S&P 500",
    "XAU/USD",
    "Gilt 2033",
    "UST 10Y",
    "Bund 2034",
    "EUR/USD",
  ],
  RETAIL: ["GBP/EUR", "FTSE 100"],
};
