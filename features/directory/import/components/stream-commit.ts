import type { CommitImportInput, CommitLine, CommitResult } from "@/features/directory/import/schemas";
import type { ActionResult } from "@/lib/action-result";

/**
 * Posts the commit to the streaming route and reports each `{done,total}` line as it arrives;
 * resolves with the final result line. A broken connection resolves as a failure with `fallback`.
 */
export async function streamCommit(
  networkSlug: string,
  input: CommitImportInput,
  onProgress: (done: number, total: number) => void,
  fallback: string,
): Promise<ActionResult<CommitResult>> {
  const failed = (error: string): ActionResult<CommitResult> => ({ ok: false, code: "unexpected", error });
  try {
    const response = await fetch(`/api/n/${encodeURIComponent(networkSlug)}/directory/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => null)) as { error?: string } | null;
      return failed(body?.error ?? fallback);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let result: ActionResult<CommitResult> | null = null;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, end).trim();
        buffer = buffer.slice(end + 1);
        if (!line) continue;
        const parsed = JSON.parse(line) as CommitLine;
        if ("result" in parsed) result = parsed.result;
        else onProgress(parsed.done, parsed.total);
      }
    }
    return result ?? failed(fallback);
  } catch {
    return failed(fallback);
  }
}
