import { createTRPCRouter, publicProcedure } from "../trpc/init.ts";
import { resetPassword, ZResetPasswordRequestSchema } from "./reset-password.ts";

// The one mutation anyone may call without a session: it needs a live reset link instead. Like
// every tRPC POST it must come from the app's own origin (app/api/trpc refuses the rest), and
// wrong links are throttled per address.
export const passwordResetRouter = createTRPCRouter({
  reset: publicProcedure
    .input(ZResetPasswordRequestSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, input, { ip: ctx.ip })),
});
