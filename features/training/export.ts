import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { events, participations, trainingSessions, trainingTrainers } from "@/db/schema";
import type { Db } from "@/db/types";
import { clockTime, formatParisDate } from "@/lib/i18n/format-day";
import { translator } from "@/lib/i18n/messages";
import { toCsv, toXlsx, type Cell } from "@/server/spreadsheet";
import { listTraineeProgress, loadCycleStructure } from "./progress";
import { listEnrolments } from "./queries";

// Exports of a cycle, as funders ask of attendance tools: one row per trainee and session (date,
// start, end, duration, place, trainer, status, remarks), or one row per enrolment.

export const exportKinds = ["attendance", "enrolments"] as const;
export const exportFormats = ["csv", "xlsx"] as const;

type Args = {
  networkId: string;
  cycleId: string;
  what: (typeof exportKinds)[number];
  format: (typeof exportFormats)[number];
  locale: string;
};

async function attendanceRows(db: Db, args: Args, t: ReturnType<typeof translator>) {
  const structure = await loadCycleStructure(db, args);
  if (!structure) return null;
  const ids = structure.sessions.map((s) => s.eventId);
  const details = ids.length
    ? await db
        .select({ eventId: events.id, place: events.place, trainer: trainingTrainers.name })
        .from(trainingSessions)
        .innerJoin(events, eq(events.id, trainingSessions.eventId))
        .leftJoin(trainingTrainers, eq(trainingTrainers.id, trainingSessions.trainerId))
        .where(and(eq(trainingSessions.networkId, args.networkId), inArray(trainingSessions.eventId, ids)))
    : [];
  const marks = ids.length
    ? await db
        .select({ eventId: participations.eventId, contactId: participations.contactId, status: participations.status, remarks: participations.remarks })
        .from(participations)
        .where(and(eq(participations.networkId, args.networkId), inArray(participations.eventId, ids)))
    : [];
  const detailOf = new Map(details.map((d) => [d.eventId, d]));
  const markOf = new Map(marks.map((m) => [`${m.contactId}:${m.eventId}`, m]));
  const theme = new Map(structure.modules.map((m) => [m.id, m.theme]));
  const trainees = await listTraineeProgress(db, args, structure);
  const rows: Cell[][] = [];
  for (const p of trainees)
    for (const s of structure.sessions) {
      const mark = markOf.get(`${p.contactId}:${s.eventId}`);
      rows.push([
        p.lastName,
        p.firstName,
        theme.get(s.moduleId) ?? "",
        s.title,
        formatParisDate(s.startsAt, args.locale, "short"),
        clockTime(s.startsAt, args.locale),
        clockTime(s.endsAt, args.locale),
        s.hours,
        detailOf.get(s.eventId)?.place ?? null,
        detailOf.get(s.eventId)?.trainer ?? null,
        mark ? t(`training.marks.${mark.status}`) : t("training.marks.none"),
        mark?.remarks ?? null,
      ]);
    }
  const headers = ["lastName", "firstName", "module", "session", "date", "start", "end", "hours", "place", "trainer", "status", "remarks"] as const;
  return { headers: headers.map((h) => t(`training.export.columns.${h}`)), rows };
}

async function enrolmentRows(db: Db, args: Args, t: ReturnType<typeof translator>) {
  const structure = await loadCycleStructure(db, args);
  if (!structure) return null;
  const progress = new Map((await listTraineeProgress(db, args, structure)).map((p) => [p.enrolmentId, p]));
  const rows: Cell[][] = (await listEnrolments(db, args)).map((e) => {
    const p = progress.get(e.id);
    return [
      e.lastName,
      e.firstName,
      e.organisationName,
      t(`training.enrolmentStatuses.${e.status}`),
      p ? p.sessionsAttended : null,
      p ? p.hoursAttended : null,
      p ? t(p.completed ? "training.completed" : "training.notCompleted") : null,
    ];
  });
  const headers = ["lastName", "firstName", "organisation", "status", "sessions", "hoursAttended", "completion"] as const;
  return { headers: headers.map((h) => t(`training.export.columns.${h}`)), rows };
}

export async function exportCycle(db: Db, args: Args) {
  const t = translator(args.locale);
  const table = args.what === "attendance" ? await attendanceRows(db, args, t) : await enrolmentRows(db, args, t);
  if (!table) return null;
  const fileName = `formation-${args.what === "attendance" ? "emargement" : "inscriptions"}.${args.format}`;
  if (args.format === "csv")
    return { fileName, contentType: "text/csv; charset=utf-8", body: toCsv(table.headers, table.rows) };
  return {
    fileName,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await toXlsx(t(`training.export.sheet.${args.what}`), table.headers, table.rows),
  };
}
