import "server-only";
import type { NetworkContext } from "@/server/access/context";
import type { ActionResult } from "@/lib/action-result";
import { parseInput, resultOfError } from "@/server/access/run";
import type { Translate } from "@/lib/i18n/messages";
import { commitImport } from "./commit";
import { commitImportSchema, type CommitLine, type CommitResult } from "./schemas";

// The commit as a stream of NDJSON lines: `{"done":n,"total":m}` while the rows are written,
// then one `{"result":ActionResult}` line. The progress travels on the request itself: no shared
// state, whichever instance serves it.

export function commitImportStream(
  ctx: NetworkContext,
  body: unknown,
  t: Translate,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // Once the user confirmed, the import runs to its end even if they leave the page: a dropped
  // connection must not turn a confirmed import into a half-known state.
  let listening = true;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: CommitLine) => {
        if (!listening) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          listening = false;
        }
      };
      let result: ActionResult<CommitResult>;
      const parsed = await parseInput(commitImportSchema, body, t);
      if (!parsed.ok) result = parsed;
      else {
        try {
          const data = await commitImport(
            ctx.db,
            { networkId: ctx.network.id, userId: ctx.userId },
            parsed.data,
            t,
            (done, total) => send({ done, total }),
          );
          result = { ok: true, data };
        } catch (error) {
          result = resultOfError(error, t);
        }
      }
      send({ result });
      if (listening) controller.close();
    },
    cancel() {
      listening = false;
    },
  });
}
