// Who can sign in to the demo, for the seed, the e2e fixtures and the benches. The password and
// the integrations' webhook secrets are defined where the app uses them (the login page, the
// simulator); they are re-exported here so the demo is described in one place.
import { DEMO_PASSWORD } from "../server/auth/demo-logins.ts";
import { DEMO_INTEGRATION_SECRETS } from "../server/simulator/demo-integration-secrets.ts";

export { DEMO_INTEGRATION_SECRETS, DEMO_PASSWORD };

export type DemoTeamKey = "fx" | "corporate" | "private";

export const DEMO_TEAMS: Record<DemoTeamKey, string> = {
  fx: "FX & Rates Sales",
  corporate: "Corporate Banking",
  private: "Private Banking",
};

export type DemoUser = {
  email: string;
  name: string;
  role: "REP" | "MANAGER" | "ADMIN";
  /** Teams the user belongs to; a manager manages the first. */
  teams: DemoTeamKey[];
  /** The name of the user's (first) team; null for the admin, who belongs to no team. */
  team: string | null;
  /** The name of the team a manager manages. */
  manages?: string;
  /** The user's direct line (E.164, 020 7946 01xx) and, for reps, an internal extension. */
  line?: string;
  extension?: string;
};

type DemoUserSpec = Omit<DemoUser, "team" | "manages">;

// The admin belongs to no team: an admin sees every team's records through the role, not through
// memberships, and keeping it out of the teams keeps the managers' team views to their own people.
const SPECS: readonly DemoUserSpec[] = [
  { email: "admin@dealfloor.test", name: "Ada Admin", role: "ADMIN", teams: [] },
  {
    email: "manager.fx@dealfloor.test",
    name: "Marcus Reid",
    role: "MANAGER",
    teams: ["fx"],
    line: "+442079460110",
  },
  {
    email: "manager.corporate@dealfloor.test",
    name: "Helen Carter",
    role: "MANAGER",
    teams: ["corporate"],
    line: "+442079460120",
  },
  {
    email: "manager.private@dealfloor.test",
    name: "Sofia Lindqvist",
    role: "MANAGER",
    teams: ["private"],
    line: "+442079460130",
  },
  {
    email: "alice.rep@dealfloor.test",
    name: "Alice Morgan",
    role: "REP",
    teams: ["fx"],
    line: "+442079460111",
    extension: "1011",
  },
  {
    email: "ben.rep@dealfloor.test",
    name: "Ben Okafor",
    role: "REP",
    teams: ["fx", "corporate"],
    line: "+442079460112",
    extension: "1012",
  },
  {
    email: "chloe.rep@dealfloor.test",
    name: "Chloe Dubois",
    role: "REP",
    teams: ["fx"],
    line: "+442079460113",
    extension: "1013",
  },
  {
    email: "david.rep@dealfloor.test",
    name: "David Hartley",
    role: "REP",
    teams: ["corporate"],
    line: "+442079460121",
    extension: "1021",
  },
  {
    email: "emma.rep@dealfloor.test",
    name: "Emma Schneider",
    role: "REP",
    teams: ["corporate"],
    line: "+442079460122",
    extension: "1022",
  },
  {
    email: "farid.rep@dealfloor.test",
    name: "Farid Ahmed",
    role: "REP",
    teams: ["corporate"],
    line: "+442079460123",
    extension: "1023",
  },
  {
    email: "grace.rep@dealfloor.test",
    name: "Grace Pemberton",
    role: "REP",
    teams: ["private"],
    line: "+442079460131",
    extension: "1031",
  },
  {
    email: "hugo.rep@dealfloor.test",
    name: "Hugo Marchetti",
    role: "REP",
    teams: ["private"],
    line: "+442079460132",
    extension: "1032",
  },
];

/** Every demo user, in sign-in table order. */
export const DEMO_USER_LIST: readonly DemoUser[] = SPECS.map((spec) => {
  const first = spec.teams[0];
  const team = first ? DEMO_TEAMS[first] : null;
  return { ...spec, team, ...(spec.role === "MANAGER" && team ? { manages: team } : {}) };
});

function byEmail(email: string): DemoUser {
  const user = DEMO_USER_LIST.find((u) => u.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return user;
}

const NAMED = {
  admin: byEmail("admin@dealfloor.test"),
  manager: byEmail("manager.fx@dealfloor.test"),
  rep: byEmail("alice.rep@dealfloor.test"),
  managerFx: byEmail("manager.fx@dealfloor.test"),
  managerCorporate: byEmail("manager.corporate@dealfloor.test"),
  managerPrivate: byEmail("manager.private@dealfloor.test"),
  alice: byEmail("alice.rep@dealfloor.test"),
  ben: byEmail("ben.rep@dealfloor.test"),
  chloe: byEmail("chloe.rep@dealfloor.test"),
  david: byEmail("david.rep@dealfloor.test"),
  emma: byEmail("emma.rep@dealfloor.test"),
  farid: byEmail("farid.rep@dealfloor.test"),
  grace: byEmail("grace.rep@dealfloor.test"),
  hugo: byEmail("hugo.rep@dealfloor.test"),
} as const;

/**
 * The demo users as a list (iterate, `.length`, `.map`) that also names them: `DEMO_USERS.rep`,
 * `.manager` and `.admin` are the ones to use when any user of that role will do.
 */
export const DEMO_USERS: readonly DemoUser[] & typeof NAMED = Object.assign(DEMO_USER_LIST.slice(), NAMED);
