// What the audit trail records (server/audit, docs/decisions/0036-audit-trail.md): the sensitive
// writes only. Client-safe: the log's filter lists them.
export const auditActions = [
  "members.invited",
  "members.invitationRevoked",
  "members.joined",
  "members.roleChanged",
  "members.removed",
  "directory.contactExported",
  "directory.contactsErased",
  "directory.organisationArchived",
  "directory.contactArchived",
  "directory.segmentDeleted",
  "serd.reviewed",
  "network.settingsChanged",
  "network.created",
  "auth.signInFailed",
  "auth.lockedOut",
  "auth.passwordResetRequested",
  "auth.passwordReset",
  "auth.passwordChanged",
  "auth.sessionsEnded",
  "audit.purged",
] as const;
export type AuditAction = (typeof auditActions)[number];
