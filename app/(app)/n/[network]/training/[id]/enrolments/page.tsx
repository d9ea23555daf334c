import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { listSegments } from "@/features/directory/queries";
import { listSpeakerOptions } from "@/features/meetings/queries";
import { EnrolForm } from "@/features/training/components/enrol-form";
import { EnrolmentActions } from "@/features/training/components/enrolment-actions";
import { EnrolmentLink } from "@/features/training/components/enrolment-link";
import { getCycle, listEnrolments } from "@/features/training/queries";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("training.enrol.title");

export default async function EnrolmentsPage({ params }: PageProps<"/n/[network]/training/[id]/enrolments">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "training.write");
  if (!isUuid(id)) notFound();
  const scope = { networkId: ctx.network.id };
  const cycle = await getCycle(ctx.db, { ...scope, id });
  if (!cycle) notFound();
  const [enrolments, contacts, segments] = await Promise.all([
    listEnrolments(ctx.db, { ...scope, cycleId: id }),
    listSpeakerOptions(ctx.db, scope),
    listSegments(ctx.db, scope),
  ]);
  const t = await getTranslations("training");
  const enrolled = enrolments.filter((e) => e.status === "enrolled").length;
  return (
    <ClientMessages namespaces={["training"]}>
      <PageHeader
        title={t("enrol.title")}
        description={`${cycle.title} · ${cycle.capacity === null ? t("enrol.countNoLimit", { n: enrolled }) : t("enrol.count", { n: enrolled, capacity: cycle.capacity })}`}
      />
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>{t("enrol.byHand")}</CardTitle>
          <EnrolForm
            networkSlug={ctx.network.slug}
            cycleId={cycle.id}
            contacts={contacts}
            segments={segments.map((s) => ({ id: s.id, label: s.name }))}
          />
        </Card>
        <Card>
          <CardTitle>{t("link.title")}</CardTitle>
          <p className="mb-3 text-sm text-muted">{t("link.explain")}</p>
          <EnrolmentLink networkSlug={ctx.network.slug} cycleId={cycle.id} hasLink={cycle.enrolmentTokenHash !== null} />
        </Card>
      </div>
      {enrolments.length === 0 ? (
        <p>{t("enrol.none")}</p>
      ) : (
        <Table caption={t("enrol.list")} headers={[t("figures.person"), t("figures.organisation"), t("fields.status"), t("enrol.actions")]}>
          {enrolments.map((e) => (
            <tr key={e.id}>
              <Td>
                {e.lastName} {e.firstName}
              </Td>
              <Td>{e.organisationName ?? "—"}</Td>
              <Td>{t(`enrolmentStatuses.${e.status}`)}</Td>
              <Td>
                <EnrolmentActions
                  networkSlug={ctx.network.slug}
                  enrolmentId={e.id}
                  status={e.status}
                  name={`${e.firstName} ${e.lastName}`}
                />
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </ClientMessages>
  );
}
