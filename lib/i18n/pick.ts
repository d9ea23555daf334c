import type { NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** A namespace as `useTranslations` takes it: "auth", "attendance.minutes". */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

type Tree = { [key: string]: unknown };

/**
 * Only the given namespaces of a catalogue ("attendance" keeps the whole area, "import.progress"
 * only that branch), for a client provider: the client receives no message it does not render.
 */
export function pick(messages: Tree, namespaces: readonly string[]): Tree {
  const out: Tree = {};
  // Wider namespaces first: a branch of a namespace already picked whole adds nothing.
  const sorted = [...new Set(namespaces)].sort((a, b) => a.split(".").length - b.split(".").length);
  const taken: string[] = [];
  for (const namespace of sorted) {
    if (taken.some((t) => namespace.startsWith(`${t}.`))) continue;
    taken.push(namespace);
    const path = namespace.split(".");
    let from: unknown = messages;
    for (const key of path) from = from && typeof from === "object" ? (from as Tree)[key] : undefined;
    if (from === undefined) throw new Error(`pick: no message namespace "${namespace}"`);
    let to = out;
    for (const key of path.slice(0, -1)) to = (to[key] ??= {}) as Tree;
    to[path[path.length - 1]!] = from;
  }
  return out;
}
