import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import {
  AttachmentUpload,
  DeleteAttachmentButton,
} from "@/features/meetings/components/attendance/attachments-panel";
import { AttendanceNav } from "@/features/meetings/components/attendance/attendance-nav";
import { MeetingFigures } from "@/features/meetings/components/attendance/meeting-figures";
import { MinutesEditor } from "@/features/meetings/components/attendance/minutes-editor";
import { MinutesView } from "@/features/meetings/components/attendance/minutes-view";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { getMeetingFigures } from "@/features/meetings/attendance/figures";
import { getAttendanceEvent, listAttachments } from "@/features/meetings/attendance/queries";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("attendance.reportTitle");

export default async function MeetingReportPage({
  params,
}: PageProps<"/n/[network]/meetings/[id]/attendance/report">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "events.read");
  if (!isUuid(id)) notFound();
  const scope = { networkId: ctx.network.id, eventId: id };
  const event = await getAttendanceEvent(ctx.db, scope);
  if (!event) notFound();
  const [figures, attachments] = await Promise.all([
    getMeetingFigures(ctx.db, scope),
    listAttachments(ctx.db, scope),
  ]);
  const [t, format] = [await getTranslations("attendance"), await getFormatter()];
  const canWrite = ctx.can("events.attendance");
  const api = `/api/n/${ctx.network.slug}/meetings/${event.id}/attachments`;
  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? t("attachments.megabytes", { size: format.number(bytes / 1_000_000, { maximumFractionDigits: 1 }) })
      : t("attachments.kilobytes", { size: format.number(Math.max(1, Math.round(bytes / 1000))) });
  return (
    <ClientMessages namespaces={["attendance.attachments", "attendance.minutes"]}>
      <PageHeader
        title={t("reportTitle")}
        description={`${event.title} · ${format.dateTime(event.startsAt, { dateStyle: "full" })}`}
      />
      <AttendanceNav ctx={ctx} eventId={event.id} />
      <MeetingFigures figures={figures} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("minutes.title")}</CardTitle>
          {canWrite ? (
            <MinutesEditor networkSlug={ctx.network.slug} eventId={event.id} initialHtml={event.minutes} />
          ) : event.minutes ? (
            <MinutesView html={event.minutes} />
          ) : (
            <p className="text-muted">{t("minutes.empty")}</p>
          )}
        </Card>
        <Card>
          <CardTitle>{t("attachments.title")}</CardTitle>
          {attachments.length === 0 ? (
            <p className="mb-4 text-muted">{t("attachments.empty")}</p>
          ) : (
            <div className="mb-4">
              <Table
                caption={t("attachments.caption")}
                headers={[
                  t("attachments.fileName"),
                  t("attachments.size"),
                  t("attachments.addedAt"),
                  ...(canWrite ? [t("attachments.actions")] : []),
                ]}
              >
                {attachments.map((f) => (
                  <tr key={f.id}>
                    <Td>
                      <a
                        className="inline-flex min-h-11 items-center underline"
                        href={`${api}/${f.id}`}
                        aria-label={t("attachments.download", { name: f.fileName })}
                      >
                        {f.fileName}
                      </a>
                    </Td>
                    <Td>{size(f.size)}</Td>
                    <Td>{format.dateTime(f.createdAt, { dateStyle: "short" })}</Td>
                    {canWrite ? (
                      <Td>
                        <DeleteAttachmentButton
                          networkSlug={ctx.network.slug}
                          eventId={event.id}
                          id={f.id}
                          fileName={f.fileName}
                        />
                      </Td>
                    ) : null}
                  </tr>
                ))}
              </Table>
            </div>
          )}
          {canWrite ? <AttachmentUpload networkSlug={ctx.network.slug} eventId={event.id} /> : null}
        </Card>
      </div>
    </ClientMessages>
  );
}
