import type { Role } from "@/lib/domain/enums";

// The one table that says which role may do what in a network. Pages and actions name a
// permission; nothing else in the code base compares roles.
export const permissionTable = {
  "network.read": ["coordinator", "partner", "ambassador", "elected"],
  "network.settings": ["coordinator"],
  "members.read": ["coordinator"],
  "members.invite": ["coordinator"],
  /** Change a member's role or organisation, remove a member (their records stay). */
  "members.manage": ["coordinator"],
  "directory.read": ["coordinator", "partner", "ambassador", "elected"],
  "directory.readFull": ["coordinator", "elected"],
  "directory.write": ["coordinator"],
  "directory.writeOwn": ["coordinator", "partner", "ambassador"],
  "directory.import": ["coordinator"],
  "directory.export": ["coordinator", "elected"],
  "directory.gdpr": ["coordinator"],
  "directory.segments": ["coordinator"],
  "events.read": ["coordinator", "partner", "ambassador", "elected"],
  "events.write": ["coordinator", "ambassador"],
  "events.attendance": ["coordinator", "ambassador"],
  "events.answer": ["coordinator", "partner", "ambassador"],
  "events.feeds": ["coordinator", "ambassador"],
  "serd.read": ["coordinator", "partner", "ambassador", "elected"],
  "serd.register": ["coordinator", "partner", "ambassador"],
  "serd.review": ["coordinator"],
  "serd.results": ["coordinator", "partner", "ambassador"],
  "serd.export": ["coordinator", "elected"],
  "serd.editions": ["coordinator"],
  "training.read": ["coordinator", "partner", "ambassador", "elected"],
  "training.write": ["coordinator"],
  "tools.read": ["coordinator", "partner", "ambassador"],
  "tools.share": ["coordinator", "ambassador"],
  "objectives.write": ["coordinator"],
  "timesheet.write": ["coordinator"],
  "dashboard.read": ["coordinator", "ambassador", "elected"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;
export const permissions = Object.keys(permissionTable) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (permissionTable[permission] as readonly Role[]).includes(role);
}
