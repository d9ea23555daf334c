import type { NetworkContext } from "./context";

export type DirectoryScope = "full" | "organisations" | "none";

/**
 * How much of the directory the caller may list: everything for those with `directory.readFull`
 * (coordinators, elected officials); otherwise what the network's setting grants partners and
 * ambassadors. Their own organisation and its people are always theirs to see.
 */
export function directoryScope(ctx: NetworkContext): DirectoryScope {
  if (!ctx.can("directory.read")) return "none";
  if (ctx.can("directory.readFull")) return "full";
  return ctx.network.directoryVisibility;
}

/** Whether the caller may edit this organisation (and its people): all of them, or only their own. */
export function canEditOrganisation(ctx: NetworkContext, organisationId: string | null): boolean {
  if (ctx.can("directory.write")) return true;
  return ctx.can("directory.writeOwn") && organisationId !== null && organisationId === ctx.organisationId;
}
