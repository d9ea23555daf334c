import type { z } from "zod";
import type { Db } from "@/db/types";
import type { NetworkContext } from "@/server/access/context";
import type { Permission } from "@/server/access/permissions";
import { runNetworkAction } from "@/server/access/run";
import { looseTranslator } from "@/lib/i18n/messages";

type Command<S extends z.ZodType, R> = {
  command: {
    schema: S;
    permission: Permission;
    run: (ctx: NetworkContext, input: z.output<S>) => Promise<R>;
  };
};

/** Runs a real server action's schema, permission check and mutation as `userId`, without Next.js. */
export function runAction<S extends z.ZodType, R>(
  action: Command<S, R>,
  args: { db: Db; userId: string | null; networkSlug: string; input: unknown; locale?: string },
) {
  const { schema, permission, run } = action.command;
  return runNetworkAction(
    { ...args, schema, permission, t: looseTranslator(args.locale ?? "fr"), locale: args.locale ?? "fr" },
    run,
  );
}
