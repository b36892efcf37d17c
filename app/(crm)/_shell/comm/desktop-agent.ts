"use client";

// Placeholder until the FDC3 glue in app/_fdc3 lands; wired in the same session.
export async function raiseStartCall(_number: string): Promise<boolean> {
  return false;
}
