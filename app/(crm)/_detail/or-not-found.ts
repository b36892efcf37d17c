import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";

/** A record the viewer may not see renders the same 404 page as one that does not exist. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
}
