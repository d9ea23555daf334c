import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";
import { contacts, networks, trainingCycles, trainingEnrolments, trainingTrainers, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { parisToday } from "@/lib/domain/paris-time";
import { formatDay } from "@/lib/i18n/format-day";
import { translator } from "@/lib/i18n/messages";
import { newToken } from "@/server/auth/tokens";
import { listTraineeProgress, loadCycleStructure } from "./progress";

// The attestation de formation of a trainee who completed the cycle, as an A4 PDF drawn with
// pdf-lib, carrying a verification code: its public page confirms the attestation (name, cycle,
// dates only). The code is random (256 bits) and made the first time the attestation is issued.

type Scope = { networkId: string; cycleId: string; enrolmentId: string };

/** The trainee's progress, if they completed the cycle; otherwise a clear refusal. */
async function completedTrainee(db: Db, scope: Scope) {
  const structure = await loadCycleStructure(db, scope);
  if (!structure) throw new ActionError("not_found");
  const trainee = (await listTraineeProgress(db, scope, structure)).find((p) => p.enrolmentId === scope.enrolmentId);
  if (!trainee) throw new ActionError("not_found");
  if (!trainee.completed) throw new ActionError("conflict", "training.errors.notCompleted");
  return { structure, trainee };
}

async function codeOf(db: Db, scope: Scope): Promise<string> {
  const [row] = await db
    .select({ code: trainingEnrolments.attestationCode })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.id, scope.enrolmentId), eq(trainingEnrolments.networkId, scope.networkId)));
  if (row?.code) return row.code;
  const code = newToken().token;
  // A concurrent issue may have set it first: keep theirs.
  await db
    .update(trainingEnrolments)
    .set({ attestationCode: code })
    .where(and(eq(trainingEnrolments.id, scope.enrolmentId), isNull(trainingEnrolments.attestationCode)));
  const [after] = await db
    .select({ code: trainingEnrolments.attestationCode })
    .from(trainingEnrolments)
    .where(eq(trainingEnrolments.id, scope.enrolmentId));
  return after!.code!;
}

/** Helvetica (WinAnsi) draws French letters; anything else falls back to its unaccented form or "?". */
function safe(font: PDFFont, text: string): string {
  return [...text.replace(/[\u202f\u00a0]/g, " ")]
    .map((c) => {
      for (const candidate of [c, c.normalize("NFD").replace(/\p{Diacritic}/gu, "")]) {
        try {
          font.encodeText(candidate);
          return candidate;
        } catch {
          // next candidate
        }
      }
      return "?";
    })
    .join("");
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

/** Issues the attestation: the PDF bytes and its verification URL. */
export async function buildAttestation(
  db: Db,
  scope: Scope & { signatoryUserId: string; appUrl: string; locale?: string; now?: Date },
): Promise<{ pdf: Uint8Array; url: string; fileName: string }> {
  const { structure, trainee } = await completedTrainee(db, scope);
  const { cycle, modules } = structure;
  const [network] = await db.select({ name: networks.name }).from(networks).where(eq(networks.id, scope.networkId));
  // The signatory is the coordinator who issues it.
  const [me] = await db.select({ name: users.name }).from(users).where(eq(users.id, scope.signatoryUserId));
  const signatory = me?.name ?? network?.name ?? "";
  const trainers = await db
    .select({ name: trainingTrainers.name })
    .from(trainingTrainers)
    .where(and(eq(trainingTrainers.networkId, scope.networkId), eq(trainingTrainers.cycleId, cycle.id)));
  const url = `${scope.appUrl}/attestation/${await codeOf(db, scope)}`;
  const locale = scope.locale ?? "fr";
  const t = translator(locale);
  const day = (d: string) => formatDay(d, locale);
  const hours = (h: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(h);

  const doc = await PDFDocument.create();
  doc.setTitle(t("training.attestation.title"));
  doc.setLanguage(locale === "fr" ? "fr-FR" : "en-GB");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin] = [595, 842, 56];
  let page = doc.addPage([width, height]);
  let y = height - margin;
  const line = (text: string, font: PDFFont, size: number, gap = 4, x = margin) => {
    for (const l of wrap(safe(font, text), font, size, width - margin - x)) {
      if (y < margin + size) {
        page = doc.addPage([width, height]);
        y = height - margin;
      }
      page.drawText(l, { x, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size + gap;
    }
  };
  const name = `${trainee.firstName} ${trainee.lastName}`;
  const planned = modules.reduce((sum, m) => sum + m.plannedHours, 0);
  line(network?.name ?? "", bold, 12, 24);
  line(t("training.attestation.title"), bold, 22, 18);
  line(t("training.attestation.certify", { signatory, network: network?.name ?? "" }), regular, 12, 8);
  line(name, bold, 16, 8);
  line(t("training.attestation.followed"), regular, 12, 6);
  line(`« ${cycle.title} »`, bold, 14, 6);
  line(t("training.attestation.dates", { from: day(cycle.startsOn), to: day(cycle.endsOn) }), regular, 11, 4);
  line(t("training.attestation.nature"), regular, 11, 14);
  if (cycle.objectives) {
    line(t("training.attestation.objectives"), bold, 12, 6);
    line(cycle.objectives, regular, 11, 4);
    y -= 10;
  }
  line(t("training.attestation.modules"), bold, 12, 6);
  modules.forEach((m, i) => {
    const done = trainee.modules.find((p) => p.moduleId === m.id);
    line(
      t("training.attestation.moduleLine", {
        n: i + 1,
        theme: m.theme,
        attended: hours(done?.hours ?? 0),
        planned: hours(m.plannedHours),
      }),
      regular,
      11,
      3,
      margin + 12,
    );
  });
  y -= 6;
  line(t("training.attestation.total", { attended: hours(trainee.hoursAttended), planned: hours(planned) }), bold, 11, 14);
  if (trainers.length) line(t("training.attestation.trainers", { names: trainers.map((tr) => tr.name).join(", ") }), regular, 11, 14);
  const issued = parisToday(scope.now);
  line(t("training.attestation.issued", { date: day(issued) }), regular, 11, 4);
  line(signatory, bold, 11, 2);
  line(t("training.attestation.forNetwork", { network: network?.name ?? "" }), regular, 11, 24);
  line(t("training.attestation.verify"), regular, 9, 2);
  line(url, regular, 9, 2);
  const fileName = `attestation-${trainee.lastName}-${trainee.firstName}`.toLowerCase().normalize("NFD").replace(/[^a-z0-9-]+/g, "-");
  return { pdf: await doc.save(), url, fileName: `${fileName}.pdf` };
}

/** What the public verification page shows: only the name, the cycle and its dates. */
export async function verifyAttestation(db: Db, code: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(code)) return null;
  const [row] = await db
    .select({
      enrolmentId: trainingEnrolments.id,
      networkId: trainingEnrolments.networkId,
      cycleId: trainingEnrolments.cycleId,
      status: trainingEnrolments.status,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      erasedAt: contacts.erasedAt,
      title: trainingCycles.title,
      startsOn: trainingCycles.startsOn,
      endsOn: trainingCycles.endsOn,
      networkName: networks.name,
    })
    .from(trainingEnrolments)
    .innerJoin(contacts, and(eq(contacts.id, trainingEnrolments.contactId), eq(contacts.networkId, trainingEnrolments.networkId)))
    .innerJoin(trainingCycles, eq(trainingCycles.id, trainingEnrolments.cycleId))
    .innerJoin(networks, eq(networks.id, trainingEnrolments.networkId))
    .where(eq(trainingEnrolments.attestationCode, code));
  // An erased person's attestation can no longer be confirmed (nothing of them is kept to show).
  if (!row || row.erasedAt || row.status !== "enrolled") return null;
  return {
    name: `${row.firstName} ${row.lastName}`,
    cycle: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    network: row.networkName,
  };
}
