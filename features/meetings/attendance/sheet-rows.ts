import type { AttendanceRow } from "./queries";

// Who the feuille d'émargement lists and how, from the check-in (no drawing here; see sheet.ts).
//
// - A sheet printed before the meeting starts is for signing: everyone expected (registered,
//   waiting, still without an answer) gets a line, then blank lines for walk-ins; people who
//   said they would not come are listed, marked.
// - A sheet printed once the meeting has started (or is marked held) is its record: present and
//   late people with their signatures, excused and absent people marked as such, registered people
//   nobody checked in marked "non pointé·e"; people who never answered are left out.

export type SheetMark =
  "present" | "late" | "excused" | "absent" | "declined" | "unmarked" | "expected" | "noAnswer";

export type SheetLine = { row: AttendanceRow; mark: SheetMark };

export type SheetTotals = {
  present: number;
  late: number;
  excused: number;
  absent: number;
  unmarked: number;
  expected: number;
  noAnswer: number;
};

/** Whether the sheet is the meeting's record (started or held) rather than one to sign. */
export function isRecordSheet(event: { startsAt: Date; status: string }, printedAt: Date): boolean {
  return event.status === "held" || event.startsAt.getTime() <= printedAt.getTime();
}

function markOf(status: AttendanceRow["status"], record: boolean): SheetMark | null {
  switch (status) {
    case "present":
    case "late":
    case "excused":
    case "absent":
    case "declined":
      return status;
    case "registered":
      return record ? "unmarked" : "expected";
    case "waitlisted":
      return record ? null : "expected";
    case "invited":
      return record ? null : "noAnswer";
  }
}

/** Signers first, then excused, then absent: each group by name (the query's order). */
const groupOrder: Record<SheetMark, number> = {
  present: 0,
  late: 0,
  expected: 0,
  noAnswer: 0,
  unmarked: 1,
  excused: 2,
  absent: 3,
  declined: 3,
};

export function sheetLines(rows: AttendanceRow[], record: boolean): SheetLine[] {
  const lines = rows.flatMap((row) => {
    const mark = markOf(row.status, record);
    return mark ? [{ row, mark }] : [];
  });
  return lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => groupOrder[a.l.mark] - groupOrder[b.l.mark] || a.i - b.i)
    .map(({ l }) => l);
}

export function sheetTotals(lines: SheetLine[]): SheetTotals {
  const totals: SheetTotals = {
    present: 0,
    late: 0,
    excused: 0,
    absent: 0,
    unmarked: 0,
    expected: 0,
    noAnswer: 0,
  };
  for (const { mark } of lines) {
    if (mark === "present" || mark === "late") totals.present++;
    if (mark === "late") totals.late++;
    if (mark === "excused") totals.excused++;
    if (mark === "absent" || mark === "declined") totals.absent++;
    if (mark === "unmarked") totals.unmarked++;
    if (mark === "expected") totals.expected++;
    if (mark === "noAnswer") totals.noAnswer++;
  }
  return totals;
}
