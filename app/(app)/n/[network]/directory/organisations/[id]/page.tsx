import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ArchiveButton } from "@/features/directory/components/archive-button";
import { DirectoryTabs } from "@/features/directory/components/directory-tabs";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getOrganisation } from "@/features/directory/queries";
import { ParticipationHistory } from "@/features/directory/components/participation-history";
import { organisationParticipation } from "@/features/directory/participation";
import { canEditOrganisation, directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";

export default async function OrganisationPage({
  params,
}: PageProps<"/n/[network]/directory/organisations/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "directory.read");
  const scope = directoryScope(ctx);
  // Without the directory, a partner still sees their own organisation.
  if (!isUuid(id) || (scope === "none" && id !== ctx.organisationId)) notFound();
  const org = await getOrganisation(ctx.db, { networkId: ctx.network.id, id });
  if (!org) notFound();
  const [t, format] = [await getTranslations("directory"), await getFormatter()];
  const base = `/n/${ctx.network.slug}/directory`;
  const editable = canEditOrganisation(ctx, org.id);
  const seePeople = scope === "full" || org.id === ctx.organisationId;
  // Who came to what is about people: shown to those who see the organisation's people.
  const years = seePeople
    ? await organisationParticipation(ctx.db, {
        networkId: ctx.network.id,
        organisationId: org.id,
        contactIds: org.contacts.map((c) => c.id),
      })
    : null;
  const fields: [string, React.ReactNode][] = [
    [t("fields.actorType"), t(`actorTypes.${org.actorType}`)],
    [t("fields.ewwrCategory"), t(`ewwr.${org.ewwrCategory}`)],
    [t("fields.status"), t(`statuses.${org.status}`)],
    [t("fields.commune"), org.communeName ?? t("fields.none")],
    [t("fields.address"), org.address ?? t("fields.none")],
    [
      t("fields.website"),
      org.website ? (
        <a className="underline" href={org.website} rel="noopener noreferrer">
          {org.website}
        </a>
      ) : (
        t("fields.none")
      ),
    ],
    [t("fields.tags"), org.tags.length ? org.tags.join(", ") : t("fields.none")],
  ];
  return (
    <>
      <PageHeader
        title={org.name}
        description={org.isInternalService ? <Badge>{t("list.internalBadge")}</Badge> : undefined}
        actions={
          <div className="flex flex-wrap gap-2">
            {editable ? (
              <Link className={buttonVariants()} href={`${base}/organisations/${org.id}/edit`}>
                {t("organisation.edit")}
              </Link>
            ) : null}
            {ctx.can("directory.write") ? (
              <ArchiveButton
                networkSlug={ctx.network.slug}
                kind="organisation"
                id={org.id}
                archived={Boolean(org.archivedAt)}
                label={org.archivedAt ? t("organisation.restore") : t("organisation.archive")}
              />
            ) : null}
          </div>
        }
      />
      <DirectoryTabs ctx={ctx} />
      {org.archivedAt ? <Alert className="mb-4">{t("organisation.archivedNotice")}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
            {fields.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {org.description ? <p className="mt-4 whitespace-pre-line">{org.description}</p> : null}
        </Card>
        <Card>
          <CardTitle>{t("organisation.historyTitle")}</CardTitle>
          <ol className="space-y-2">
            {org.history.map((h) => (
              <li key={h.id}>
                <time dateTime={h.changedAt.toISOString()} className="font-semibold">
                  {format.dateTime(h.changedAt, { dateStyle: "medium" })}
                </time>{" "}
                {h.fromStatus
                  ? t("organisation.historyChange", {
                      from: t(`statuses.${h.fromStatus}`),
                      to: t(`statuses.${h.toStatus}`),
                    })
                  : t("organisation.historyCreated", { to: t(`statuses.${h.toStatus}`) })}
                {h.changedBy ? (
                  <span className="text-muted"> {t("organisation.historyBy", { name: h.changedBy })}</span>
                ) : null}
              </li>
            ))}
          </ol>
        </Card>
        {seePeople ? (
          <Card className="lg:col-span-2">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <CardTitle>{t("organisation.peopleTitle")}</CardTitle>
              {editable ? (
                <Link
                  className={buttonVariants({ variant: "secondary" })}
                  href={`${base}/contacts/new?organisation=${org.id}`}
                >
                  {t("organisation.addPerson")}
                </Link>
              ) : null}
            </div>
            {org.contacts.length === 0 ? (
              <p className="text-muted">{t("organisation.peopleEmpty")}</p>
            ) : (
              <ul className="divide-y divide-line">
                {org.contacts.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-2 py-2">
                    <Link className="font-semibold underline" href={`${base}/contacts/${c.id}`}>
                      {c.firstName} {c.lastName}
                    </Link>
                    {c.jobTitle ? <span className="text-muted">{c.jobTitle}</span> : null}
                    {c.isRelayActor ? <Badge tone="brand">{t("list.relayBadge")}</Badge> : null}
                    {c.isAmbassador ? <Badge>{t("list.ambassadorBadge")}</Badge> : null}
                    {c.archivedAt ? <Badge tone="warning">{t("list.archivedBadge")}</Badge> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        {years ? (
          <Card className="lg:col-span-2">
            <CardTitle>{t("organisation.activityTitle")}</CardTitle>
            <ParticipationHistory kind="organisation" networkSlug={ctx.network.slug} years={years} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
