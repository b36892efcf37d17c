import { redirect } from "next/navigation";
import { db } from "@/server/db.ts";
import { needsFirstAdmin } from "@/server/setup/first-admin.ts";
import { PASSWORD_POLICY_HINT } from "@/server/auth/password-policy.ts";
import { SetupForm } from "./_components/SetupForm";

export const dynamic = "force-dynamic";
export const metadata = { title: "Create the first administrator · Dealfloor" };

// Open only while the database has no user (a production database's first start, which is not
// seeded with demo data); from the first user on, it is the login page.
export default async function SetupPage() {
  if (!(await needsFirstAdmin(db))) redirect("/login");
  return <SetupForm passwordHint={PASSWORD_POLICY_HINT} />;
}
