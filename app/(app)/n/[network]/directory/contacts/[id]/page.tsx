import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ArchiveButton } from "@/features/directory/components/archive-button";
import { DirectoryTabs } from "@/features/directory/components/directory-tabs";
import { ContactGdprPanel } from "@/features/directory/components/gdpr/contact-gdpr-panel";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ParticipationHistory } from "@/features/directory/components/participation-history";
import { contactParticipation } from "@/features/directory/participation";
import { PageHeader } from "@/components/ui/page-header";
import { getContact } from "@/features/directory/queries";
import { canEditOrganisation, directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { ClientMessages } from "@/components/client-messages";

export default async function ContactPage({ params }: PageProps<"/n/[network]/directory/contacts/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "directory.read");
  if (!isUuid(id)) notFound();
  const contact = await getContact(ctx.db, { networkId: ctx.network.id, id });
  // Outside the full directory, only the people of one's own organisation are visible.
  if (
    !contact ||
    (directoryScope(ctx) !== "full" &&
      (!contact.organisationId || contact.organisationId !== ctx.organisationId))
  ) {
    notFound();
  }
  const [t, format, years] = [
    await getTranslations("directory"),
    await getFormatter(),
    await contactParticipation(ctx.db, {
      networkId: ctx.network.id,
      contactId: contact.id,
      organisationId: contact.organisationId,
    }),
  ];
  const base = `/n/${ctx.network.slug}/directory`;
  const name = `${contact.firstName} ${contact.lastName}`;
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long" }) : null);
  const consents = (["consentNewsletter", "consentPublicListing", "consentPhotos"] as const).map((key) => ({
    key,
    date: date(contact[`${key}At`]),
  }));
  const details: [string, React.ReactNode][] = [
    [
      t("fields.organisation"),
      contact.organisationId ? (
        <Link className="underline" href={`${base}/organisations/${contact.organisationId}`}>
          {contact.organisationName}
        </Link>
      ) : (
        t("fields.noOrganisation")
      ),
    ],
    [t("fields.jobTitle"), contact.jobTitle ?? t("fields.none")],
    [
      t("fields.email"),
      contact.email ? (
        <a className="underline" href={`mailto:${contact.email}`}>
          {contact.email}
        </a>
      ) : (
        t("fields.none")
      ),
    ],
    [
      t("fields.phone"),
      contact.phone ? (
        <a className="underline" href={`tel:${contact.phone.replace(/\s/g, "")}`}>
          {contact.phone}
        </a>
      ) : (
        t("fields.none")
      ),
    ],
    [t("fields.lastInteraction"), date(contact.lastInteractionAt) ?? t("contact.never")],
    [t("fields.source"), contact.source ?? t("fields.none")],
  ];
  return (
    <ClientMessages namespaces={["gdpr"]}>
      <PageHeader
        title={name}
        description={
          <span className="flex gap-2">
            {contact.isRelayActor ? <Badge tone="brand">{t("list.relayBadge")}</Badge> : null}
            {contact.isAmbassador ? <Badge>{t("list.ambassadorBadge")}</Badge> : null}
          </span>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {canEditOrganisation(ctx, contact.organisationId) ? (
              <Link className={buttonVariants()} href={`${base}/contacts/${contact.id}/edit`}>
                {t("contact.edit")}
              </Link>
            ) : null}
            {ctx.can("directory.write") ? (
              <ArchiveButton
                networkSlug={ctx.network.slug}
                kind="contact"
                id={contact.id}
                archived={Boolean(contact.archivedAt)}
                label={contact.archivedAt ? t("contact.restore") : t("contact.archive")}
              />
            ) : null}
          </div>
        }
      />
      <DirectoryTabs ctx={ctx} />
      {contact.archivedAt ? <Alert className="mb-4">{t("contact.archivedNotice")}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("contact.identity")}</CardTitle>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <CardTitle>{t("contact.gdprTitle")}</CardTitle>
          <dl className="mb-4 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">{t("fields.legalBasis")}</dt>
            <dd>{t(`legalBases.${contact.legalBasis}`)}</dd>
            {consents.map((c) => (
              <div key={c.key} className="contents">
                <dt className="font-semibold">{t(`fields.${c.key}`)}</dt>
                <dd>{c.date ? t("fields.consentGivenOn", { date: c.date }) : t("fields.none")}</dd>
              </div>
            ))}
          </dl>
          {ctx.can("directory.gdpr") ? (
            <ContactGdprPanel networkSlug={ctx.network.slug} contactId={contact.id} contactName={name} />
          ) : null}
        </Card>
        <Card className="lg:col-span-2">
          <CardTitle>{t("contact.activityTitle")}</CardTitle>
          <ParticipationHistory kind="contact" networkSlug={ctx.network.slug} years={years} />
        </Card>
      </div>
    </ClientMessages>
  );
}
