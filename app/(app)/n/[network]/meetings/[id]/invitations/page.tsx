import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventTabs } from "@/features/meetings/components/event-tabs";
import { InviteForm } from "@/features/meetings/components/rsvp/invite-form";
import { ResendButton } from "@/features/meetings/components/rsvp/resend-button";
import { ParticipationTables } from "@/features/meetings/components/rsvp/participation-tables";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listOrganisationOptions, listSegments } from "@/features/directory/queries";
import {
  countParticipations,
  getInvitationEvent,
  listInvitableContacts,
  listEventMails,
  listParticipations,
} from "@/features/meetings/rsvp/queries";
import { MailLog } from "@/features/meetings/components/rsvp/mail-log";
import { directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("rsvp.invitations.title");

export default async function InvitationsPage({
  params,
}: PageProps<"/n/[network]/meetings/[id]/invitations">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "events.write");
  if (!isUuid(id)) notFound();
  const scope = { networkId: ctx.network.id, eventId: id };
  const event = await getInvitationEvent(ctx.db, scope);
  if (!event) notFound();
  const [t, counts, list, people, organisations, segments, mails] = await Promise.all([
    getTranslations("rsvp.invitations"),
    countParticipations(ctx.db, scope),
    listParticipations(ctx.db, scope),
    // People and segments follow the directory's visibility: the same rules as the directory pages.
    directoryScope(ctx) === "full" ? listInvitableContacts(ctx.db, { networkId: ctx.network.id }) : [],
    listOrganisationOptions(ctx.db, { networkId: ctx.network.id }),
    ctx.can("directory.segments") ? listSegments(ctx.db, { networkId: ctx.network.id }) : [],
    listEventMails(ctx.db, scope),
  ]);
  const open = event.status === "planned" && event.startsAt > new Date();
  const figures = [
    [t("total"), counts.total],
    [t("pending"), counts.invited],
    [t("registered"), counts.registered],
    [t("waitlisted"), counts.waitlisted],
    [t("declined"), counts.declined],
    [t("excused"), counts.excused],
  ] as const;
  return (
    <ClientMessages namespaces={["rsvp.invitations", "rsvp.resend", "mailLog"]}>
      <PageHeader
        title={`${t("title")} – ${event.title}`}
        description={
          event.capacity === null
            ? t("noCapacity")
            : t("capacity", { registered: counts.registered, capacity: event.capacity })
        }
        actions={
          <Link
            className="inline-flex min-h-11 items-center underline"
            href={`/n/${ctx.network.slug}/meetings/${id}`}
          >
            {t("back")}
          </Link>
        }
      />
      <EventTabs ctx={ctx} eventId={id} />
      <section aria-labelledby="counts-title" className="mb-6">
        <h2 id="counts-title" className="sr-only">
          {t("countsTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {figures.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-line bg-white p-3">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="space-y-6">
        <Card>
          <CardTitle>{t("formTitle")}</CardTitle>
          {open ? (
            <>
              <p className="mb-4 text-muted">{t("formIntro")}</p>
              <InviteForm
                networkSlug={ctx.network.slug}
                eventId={id}
                people={people}
                organisations={organisations}
                segments={segments.map((s) => ({ id: s.id, name: s.name }))}
                invitedIds={list.rows.map((r) => r.contactId)}
              />
              <div className="mt-6 border-t border-line pt-4">
                <ResendButton networkSlug={ctx.network.slug} eventId={id} pending={counts.invited} />
              </div>
            </>
          ) : (
            <Alert>{t("closed")}</Alert>
          )}
        </Card>
        <ParticipationTables rows={list.rows} waitlist={list.waitlist} />
        <MailLog mails={mails} networkSlug={ctx.network.slug} eventId={id} />
      </div>
    </ClientMessages>
  );
}
