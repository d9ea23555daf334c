import Link from "next/link";
import { MyAnswer } from "@/features/meetings/components/rsvp/my-answer";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventStatusButton } from "@/features/meetings/components/event-status-button";
import { EventTabs } from "@/features/meetings/components/event-tabs";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getEvent } from "@/features/meetings/queries";
import { staffTimeFor } from "@/features/dashboards/queries";
import { meetingPhase } from "@/features/meetings/constants";
import { mayManageEvent } from "@/features/meetings/organiser";
import { MarkHeldButton } from "@/features/meetings/components/mark-held-button";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";
import { AttachedResources } from "@/features/tools/components/attached-resources";

export const generateMetadata = pageTitle("meetings.event.details");

export default async function MeetingPage({ params, searchParams }: PageProps<"/n/[network]/meetings/[id]">) {
  const { network, id } = await params;
  const created = (await searchParams).created === "1";
  const ctx = await requireMembership(network, "events.read");
  if (!isUuid(id)) notFound();
  const event = await getEvent(ctx.db, { networkId: ctx.network.id, id });
  if (!event) notFound();
  const [t, format] = [await getTranslations("meetings"), await getFormatter()];
  const base = `/n/${ctx.network.slug}/meetings`;
  const phase = meetingPhase(event);
  const manages = mayManageEvent(ctx, event.createdById);
  const none = t("fields.none");
  const fields: [string, React.ReactNode][] = [
    [t("fields.eventType"), t(`eventTypes.${event.eventType}`)],
    [
      t("fields.when"),
      <time key="when" dateTime={event.startsAt.toISOString()}>
        {format.dateTimeRange(event.startsAt, event.endsAt, { dateStyle: "full", timeStyle: "short" })}
      </time>,
    ],
    [t("fields.status"), phase === "toClose" ? t("event.toClose") : t(`statuses.${event.status}`)],
    [t("fields.place"), event.place ?? none],
    [t("fields.address"), event.address ?? none],
    [t("fields.commune"), event.communeName ?? none],
  ];
  if (event.onlineUrl)
    fields.push([
      t("fields.onlineUrl"),
      <a key="online" className="underline" href={event.onlineUrl} rel="noopener noreferrer">
        {event.onlineUrl}
      </a>,
    ]);
  if (event.eventType === "site_visit")
    fields.push([t("fields.siteType"), event.siteType ? t(`siteTypes.${event.siteType}`) : none]);
  fields.push(
    [
      t("fields.confirmed"),
      event.capacity === null
        ? t("event.confirmedNoLimit", { confirmed: event.confirmed })
        : t("event.confirmedOf", { confirmed: event.confirmed, capacity: event.capacity }),
    ],
    [t("fields.organiserName"), event.organiserName ?? none],
  );
  // Staff time on this meeting, for those who follow the programme's figures.
  if (ctx.can("dashboard.read")) {
    const spent = await staffTimeFor(ctx.db, {
      networkId: ctx.network.id,
      activity: { kind: "meeting", eventId: event.id },
    });
    if (spent.hours > 0) {
      const tTime = await getTranslations("dashboards.time");
      fields.push([
        tTime("title"),
        tTime("spentOn", {
          hours: format.number(spent.hours, { maximumFractionDigits: 2 }),
          days: format.number(spent.days, { maximumFractionDigits: 2 }),
          cost: format.number(spent.cost, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }),
        }),
      ]);
    }
  }
  if (event.series)
    fields.push([
      t("fields.series"),
      <Link key="series" className="underline" href={`${base}/series/${event.series.id}`}>
        {t("event.seriesLink", { title: event.series.title })}
      </Link>,
    ]);
  return (
    <ClientMessages namespaces={["meetings.event", "rsvp.answer", "rsvp.answers", "rsvp.statuses", "tools.attach"]}>
      <PageHeader
        title={event.title}
        description={
          <>
            <Badge>{t(`eventTypes.${event.eventType}`)}</Badge>{" "}
            {event.status === "cancelled" ? <Badge tone="warning">{t("statuses.cancelled")}</Badge> : null}
            {phase === "held" ? <Badge>{t("statuses.held")}</Badge> : null}
            {phase === "toClose" ? <Badge tone="warning">{t("event.toClose")}</Badge> : null}
          </>
        }
        actions={
          manages && phase !== "held" ? (
            <div className="flex flex-wrap items-start gap-2">
              {phase !== "toClose" ? (
                <Link className={buttonVariants()} href={`${base}/${event.id}/edit`}>
                  {t("event.edit")}
                </Link>
              ) : null}
              {phase === "toClose" || phase === "ongoing" ? (
                <MarkHeldButton networkSlug={ctx.network.slug} id={event.id} />
              ) : null}
              {phase === "upcoming" || phase === "cancelled" ? (
                <EventStatusButton
                  networkSlug={ctx.network.slug}
                  id={event.id}
                  cancelled={event.status === "cancelled"}
                />
              ) : null}
            </div>
          ) : null
        }
      />
      <EventTabs ctx={ctx} eventId={event.id} />
      {event.status === "cancelled" ? <Alert className="mb-4">{t("event.cancelledNotice")}</Alert> : null}
      {phase === "toClose" && manages ? <Alert className="mb-4">{t("event.toCloseNotice")}</Alert> : null}
      {phase === "held" ? <Alert className="mb-4">{t("event.heldNotice")}</Alert> : null}
      {created && manages && phase === "upcoming" ? (
        <Alert tone="success" className="mb-4">
          {t("event.inviteNext")}{" "}
          <Link className="font-semibold underline" href={`${base}/${event.id}/invitations`}>
            {t("event.inviteNextLink")}
          </Link>
        </Alert>
      ) : null}
      {/* The organiser does not answer their own meeting. */}
      {event.createdById === ctx.userId ? null : (
        <MyAnswer networkSlug={ctx.network.slug} eventId={event.id} />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("event.details")}</CardTitle>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
            {fields.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {event.description ? <p className="mt-4 whitespace-pre-line">{event.description}</p> : null}
        </Card>
        <Card>
          <CardTitle>{t("fields.agenda")}</CardTitle>
          {event.agendaItems.length === 0 ? (
            <p className="text-muted">{t("agenda.empty")}</p>
          ) : (
            <ol className="list-decimal space-y-2 pl-5">
              {event.agendaItems.map((item) => (
                <li key={item.id}>
                  <span className="font-semibold">{item.title}</span>
                  {item.durationMinutes ? (
                    <span className="text-muted">
                      {" "}
                      · {t("agenda.duration", { minutes: item.durationMinutes })}
                    </span>
                  ) : null}
                  {item.speakerLastName ? (
                    <span>
                      {" "}
                      ·{" "}
                      {t("agenda.speaker", {
                        name: `${item.speakerFirstName} ${item.speakerLastName}${item.speakerOrganisation ? ` (${item.speakerOrganisation})` : ""}`,
                      })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </Card>
        <AttachedResources
          db={ctx.db}
          networkId={ctx.network.id}
          networkSlug={ctx.network.slug}
          target={{ eventId: event.id }}
          canAttach={ctx.can("tools.share")}
        />
      </div>
    </ClientMessages>
  );
}
