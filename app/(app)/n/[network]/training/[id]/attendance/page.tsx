import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { AttendanceGrid } from "@/features/training/components/attendance-grid";
import { getAttendanceGrid } from "@/features/training/queries";
import { isUuid } from "@/lib/domain/ids";
import { parisDateKey, parisToday } from "@/lib/domain/paris-time";
import { formatMediumDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("training.grid.title");

export default async function AttendancePage({ params }: PageProps<"/n/[network]/training/[id]/attendance">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "training.read");
  if (!isUuid(id)) notFound();
  const grid = await getAttendanceGrid(ctx.db, { networkId: ctx.network.id, cycleId: id });
  if (!grid) notFound();
  const t = await getTranslations("training");
  const locale = await getLocale();
  const today = parisToday();
  const position = new Map(grid.modules.map((m, i) => [m.id, i + 1]));
  const base = `/api/n/${ctx.network.slug}/training/${id}/export`;
  return (
    <ClientMessages namespaces={["training"]}>
      <PageHeader
        title={t("grid.title")}
        description={t("grid.explain", { title: grid.cycle.title, n: grid.cycle.absenceThreshold })}
        actions={
          <div className="flex flex-wrap gap-3">
            <a className="inline-flex min-h-11 items-center underline" href={`${base}?what=attendance&format=csv`}>
              {t("export.attendanceCsv")}
            </a>
            <a className="inline-flex min-h-11 items-center underline" href={`${base}?what=attendance&format=xlsx`}>
              {t("export.attendanceXlsx")}
            </a>
          </div>
        }
      />
      {grid.rows.length === 0 || grid.sessions.length === 0 ? (
        <p>{t("grid.empty")}</p>
      ) : (
        <AttendanceGrid
          networkSlug={ctx.network.slug}
          cycleId={id}
          editable={ctx.can("training.write")}
          columns={grid.sessions.map((s) => ({
            eventId: s.eventId,
            label: `M${position.get(s.moduleId)} · ${formatMediumDay(parisDateKey(s.startsAt), locale)}`,
            open: s.status !== "cancelled" && parisDateKey(s.startsAt) <= today,
          }))}
          rows={grid.rows.map((r) => ({
            contactId: r.contactId,
            name: `${r.lastName} ${r.firstName}`,
            marks: r.marks,
            absences: r.absences,
            alert: r.alert,
          }))}
        />
      )}
    </ClientMessages>
  );
}
