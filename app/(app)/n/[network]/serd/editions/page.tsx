import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { listEditions } from "@/features/serd/queries";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { calendarDay } from "@/lib/i18n/format-day";

export const generateMetadata = pageTitle("serd.editions.title");

export default async function EditionsPage({ params }: PageProps<"/n/[network]/serd/editions">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "serd.editions");
  const t = await getTranslations("serd");
  const format = await getFormatter();
  const base = `/n/${ctx.network.slug}/serd/editions`;
  const rows = await listEditions(ctx.db, { networkId: ctx.network.id });
  return (
    <>
      <PageHeader
        title={t("editions.title")}
        actions={
          <Link className={buttonVariants()} href={`${base}/new`}>
            {t("editions.new")}
          </Link>
        }
      />
      <Table
        caption={t("editions.title")}
        headers={[
          t("edition.year"),
          t("editions.week"),
          t("edition.registrationClosesOn"),
          t("edition.networkDeadline"),
          t("edition.nationalTheme"),
        ]}
      >
        {rows.map((e) => (
          <tr key={e.id}>
            <Td>
              <Link
                className="font-semibold underline"
                href={`${base}/${e.id}/edit`}
                aria-label={t("editions.editYear", { year: e.year })}
              >
                {e.year}
              </Link>
            </Td>
            <Td>
              {t("dashboard.dates", {
                start: calendarDay(format, e.startsOn),
                end: calendarDay(format, e.endsOn),
              })}
            </Td>
            <Td>{e.registrationClosesOn}</Td>
            <Td>{e.networkDeadline ?? "—"}</Td>
            <Td>{e.nationalTheme ?? "—"}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
