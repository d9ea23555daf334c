// What the coordinator reads after sending invitations: one sentence per non-empty count.
// No server imports: the invitation form uses it with its own translator.

export type InviteCounts = {
  invited: number;
  alreadyInvited: number;
  noEmail: number;
  archived: number;
  erased: number;
  mailFailed: number;
};

type Translate = (key: string, values: { count: number }) => string;

export function inviteSummary(t: Translate, r: InviteCounts): string {
  const parts: string[] = [t("resultInvited", { count: r.invited })];
  const more: [keyof InviteCounts, string][] = [
    ["alreadyInvited", "resultAlready"],
    ["noEmail", "resultNoEmail"],
    ["archived", "resultArchived"],
    ["erased", "resultErased"],
    ["mailFailed", "resultMailFailed"],
  ];
  for (const [field, key] of more) if (r[field] > 0) parts.push(t(key, { count: r[field] }));
  return parts.join(" ");
}
