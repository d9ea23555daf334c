import { describe, expect, it } from "vitest";
import { roles } from "@/lib/domain/enums";
import { can, permissions } from "./permissions";

// The expected matrix, written out by hand from DOMAIN.md's role table: C coordinator,
// P partner, A ambassador, E elected. Changing the permission table must change this too.
const expected: Record<string, string> = {
  "network.read": "CPAE",
  "network.settings": "C",
  "members.read": "C",
  "members.invite": "C",
  "members.manage": "C",
  "directory.read": "CPAE",
  "directory.readFull": "CE",
  "directory.write": "C",
  "directory.writeOwn": "CPA",
  "directory.import": "C",
  "directory.export": "CE",
  "directory.gdpr": "C",
  "directory.segments": "C",
  "events.read": "CPAE",
  "events.write": "CA",
  "events.writeAny": "C",
  "events.attendance": "CA",
  "events.answer": "CPA",
  "events.feeds": "CA",
  "serd.read": "CPAE",
  "serd.register": "CPA",
  "serd.review": "C",
  "serd.results": "CPA",
  "serd.export": "CE",
  "serd.editions": "C",
  "training.read": "CPAE",
  "training.write": "C",
  "tools.read": "CPAE",
  "tools.share": "CA",
  "tools.propose": "CPA",
  "tools.publish": "C",
  "tools.items": "CA",
  "tools.reserve": "CPA",
  "tools.lend": "CPA",
  "objectives.write": "C",
  "timesheet.write": "C",
  "timesheet.own": "CA",
  "dashboard.read": "CAE",
  "dashboard.landing": "E",
  "reports.view": "CE",
  "reports.edit": "C",
};
const letter = { coordinator: "C", partner: "P", ambassador: "A", elected: "E" } as const;

describe("permission table", () => {
  it("lists exactly the permissions of the expected matrix", () => {
    expect([...permissions].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const permission of permissions) {
    for (const role of roles) {
      const allowed = expected[permission]!.includes(letter[role]);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("never lets an elected official write", () => {
    const reads = ["directory.readFull", "directory.export", "serd.export", "dashboard.landing", "reports.view"];
    const writes = permissions.filter((p) => !p.endsWith(".read") && !reads.includes(p));
    expect(writes.filter((p) => can("elected", p))).toEqual([]);
  });
});
