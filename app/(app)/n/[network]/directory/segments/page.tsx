import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeleteSegmentButton } from "@/features/directory/components/delete-segment-button";
import { DirectoryTabs } from "@/features/directory/components/directory-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { listSegmentsWithCounts } from "@/features/directory/queries";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { toQuery } from "@/lib/url";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("directory.segments.title");

export default async function SegmentsPage({ params }: PageProps<"/n/[network]/directory/segments">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "directory.segments");
  const segments = await listSegmentsWithCounts(ctx.db, { networkId: ctx.network.id });
  const t = await getTranslations("directory");
  const base = `/n/${ctx.network.slug}/directory`;
  return (
    <ClientMessages namespaces={["directory.segments"]}>
      <PageHeader title={t("title")} />
      <DirectoryTabs ctx={ctx} />
      <h2 className="mb-2 text-xl font-semibold">{t("segments.title")}</h2>
      <p className="mb-4 text-muted">{t("segments.intro")}</p>
      {segments.length === 0 ? (
        <p>{t("segments.empty")}</p>
      ) : (
        <Table caption={t("segments.caption")} headers={[t("segments.name"), t("segments.kind"), t("segments.people"), t("segments.noEmail"), ""]}>
          {segments.map((s) => (
            <tr key={s.id}>
              <Td>
                <Link className="font-semibold underline" href={`${base}/${s.kind}${toQuery(s.filters)}`}>
                  {s.name}
                </Link>
              </Td>
              <Td>{t(`segments.kinds.${s.kind}`)}</Td>
              <Td>{s.people}</Td>
              <Td>{s.noEmail}</Td>
              <Td>
                <DeleteSegmentButton networkSlug={ctx.network.slug} id={s.id} name={s.name} />
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </ClientMessages>
  );
}
