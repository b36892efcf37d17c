import type { AuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { signIn } from "./sign-in.ts";
import { revokeSession, SESSION_DAYS } from "./session-store.ts";
import { nextAuthRedirect } from "./safe-callback-url.ts";
import { clientAddress } from "./client-address.ts";

// next-auth 4 credentials only work with JWT sessions; the JWT carries the id of a server-side
// session row (`sid`) which every request checks, so sign-out and disabling a user bite at once.
export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_DAYS * 86_400 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        try {
          const { userId, sessionId } = await signIn(db, credentials, {
            ip: clientAddress(headers),
            userAgent: headers["user-agent"] ?? null,
          });
          return { id: userId, sessionId };
        } catch (e) {
          // next-auth hands an Error's message to the login form as `error`.
          if (e instanceof AppError) throw new Error(e.message);
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    redirect: nextAuthRedirect,
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(db, token.sid);
    },
  },
};
