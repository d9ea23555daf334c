import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { listCycles } from "@/features/training/queries";
import { calendarDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("training.cycles");

export default async function TrainingPage({ params }: PageProps<"/n/[network]/training">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "training.read");
  const t = await getTranslations("training");
  const format = await getFormatter();
  const cycles = await listCycles(ctx.db, { networkId: ctx.network.id });
  const base = `/n/${ctx.network.slug}/training`;
  return (
    <>
      <PageHeader
        title={t("cycles")}
        actions={
          ctx.can("training.write") ? (
            <Link className={buttonVariants()} href={`${base}/new`}>
              {t("newCycle")}
            </Link>
          ) : null
        }
      />
      {cycles.length === 0 ? (
        <p>{t("noCycles")}</p>
      ) : (
        <Table
          caption={t("cycles")}
          headers={[t("fields.title"), t("fields.startsOn"), t("fields.endsOn"), t("fields.status"), t("figures.enrolled")]}
        >
          {cycles.map((c) => (
            <tr key={c.id}>
              <Td>
                <Link className="underline" href={`${base}/${c.id}`}>
                  {c.title}
                </Link>
              </Td>
              <Td>{calendarDay(format, c.startsOn)}</Td>
              <Td>{calendarDay(format, c.endsOn)}</Td>
              <Td>{t(`statuses.${c.status}`)}</Td>
              <Td>{c.capacity === null ? c.enrolled : `${c.enrolled} / ${c.capacity}`}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
