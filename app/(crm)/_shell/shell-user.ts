/** What the shell needs to know about the signed-in user; the layout maps its viewer to this. */
export type ShellUser = { name: string; email: string; role: "REP" | "MANAGER" | "ADMIN" };
