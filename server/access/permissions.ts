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
  /** Edit, cancel and invite on every meeting; without it (ambassadors), only on those one organises. */
  "events.writeAny": ["coordinator"],
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
  // Shared tools (features/tools): everyone reads the library and the kits' calendars.
  "tools.read": ["coordinator", "partner", "ambassador", "elected"],
  // Share a resource that is published at once, and write fiches méthodes.
  "tools.share": ["coordinator", "ambassador"],
  // Propose a resource: a partner's proposal waits for the coordinator (tools.publish).
  "tools.propose": ["coordinator", "partner", "ambassador"],
  "tools.publish": ["coordinator"],
  // Add and edit kits lent by one's organisation (the coordinator: any organisation's).
  "tools.items": ["coordinator", "ambassador"],
  // Ask to borrow a kit for one's organisation.
  "tools.reserve": ["coordinator", "partner", "ambassador"],
  // Confirm or refuse requests, check out and take back a kit of one's organisation.
  "tools.lend": ["coordinator", "partner", "ambassador"],
  "objectives.write": ["coordinator"],
  /** Record and correct anyone's staff time, set hourly costs and working hours. */
  "timesheet.write": ["coordinator"],
  /** Record one's own time (ambassadors count the hours they give to the network). */
  "timesheet.own": ["coordinator", "ambassador"],
  /** Read the dashboard: figures over the years, objectives against targets, staff time. */
  "dashboard.read": ["coordinator", "ambassador", "elected"],
  /** The network's home page opens on the dashboard (the elected official presents results). */
  "dashboard.landing": ["elected"],
  /** Read and download the network's reports (yearly review, experience fiches): those who present results. */
  "reports.view": ["coordinator", "elected"],
  /** Write the coordinator's own sections of a report (introduction, highlights, outlook…). */
  "reports.edit": ["coordinator"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;
export const permissions = Object.keys(permissionTable) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return (permissionTable[permission] as readonly Role[]).includes(role);
}
