/** A price for one instrument, two-way. Every quote says where it came from and whether it is firm. */
export type Quote = {
  instrument: string;
  bid: number;
  ask: number;
  mid: number;
  /** What the price is in: a rate for FX, percent of par for bonds, yield % for rates, points for indices. */
  unit: string;
  asOf: string;
  source: string;
  indicative: boolean;
};

/** Where quotes come from. The built-in model is one; a bank plugs in its pricing engine here. */
export interface PriceSource {
  readonly name: string;
  quote(instrument: string, notionalEur: number, at: Date): Quote | null;
}
