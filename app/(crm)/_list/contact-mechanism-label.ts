type Mechanism = { type: string; value: string };

/** The first mechanism of a type, as entered, or a dash. */
export function contactMechanismLabel(mechanisms: Mechanism[], type: "PHONE" | "EMAIL" | "ADDRESS"): string {
  return mechanisms.find((m) => m.type === type)?.value ?? "—";
}
