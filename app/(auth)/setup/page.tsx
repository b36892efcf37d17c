import { redirect } from "next/navigation";
import { db } from "@/server/db.ts";
import { needsFirstAdmin } from "@/server/setup/first-admin.ts";
import { PASSWORD_RULE } from "@/server/auth/password-policy.ts";
import { announceSetupCode, SETUP_CODE_HINT } from "@/server/setup/setup-code.ts";
import { SetupForm } from "./_components/SetupForm";

export const dynamic = "force-dynamic";
export const metadata = { title: "Create the first administrator · Dealfloor" };

// Open only while the database has no user (a production database's first start, which is not
// seeded with demo data); from the first user on, it is the login page. The form asks for the
// setup code, which only the server's log (written here) and `npm start` show.
export default async function SetupPage() {
  if (!(await needsFirstAdmin(db))) redirect("/login");
  announceSetupCode();
  return <SetupForm passwordHint={PASSWORD_RULE} setupCodeHint={SETUP_CODE_HINT} />;
}
