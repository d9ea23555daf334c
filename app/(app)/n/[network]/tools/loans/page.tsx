import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { listBorrowerHistory, listOrganisationChoices } from "@/features/tools/queries";
import { loansFiltersSchema } from "@/features/tools/schemas";
import { parisToday } from "@/lib/domain/paris-time";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.loans.title");

/** "Mes prêts": what the member's organisation asked for and borrowed; the coordinator picks any organisation. */
export default async function LoansPage({ params, searchParams }: PageProps<"/n/[network]/tools/loans">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "tools.reserve");
  const t = await getTranslations("tools");
  const format = await getFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium" });
  const today = parisToday();
  const coordinator = ctx.can("tools.publish");
  const organisations = coordinator ? await listOrganisationChoices(ctx.db, { networkId: ctx.network.id }) : null;
  const { org } = loansFiltersSchema.parse(await searchParams);
  const chosen = coordinator ? (organisations!.find((o) => o.id === org)?.id ?? ctx.organisationId ?? organisations![0]?.id) : ctx.organisationId;
  const history = chosen ? await listBorrowerHistory(ctx.db, { networkId: ctx.network.id, organisationId: chosen, today }) : null;
  const base = `/n/${ctx.network.slug}/tools`;
  return (
    <>
      <p className="mb-2">
        <Link className="underline" href={`${base}/kits`}>
          {t("kits.title")}
        </Link>
      </p>
      <PageHeader title={t("loans.title")} description={t("loans.intro")} />
      {organisations ? (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
          <SelectField label={t("loans.organisation")} name="org" defaultValue={chosen ?? ""}>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary">
            {t("loans.show")}
          </Button>
        </form>
      ) : null}
      {!history ? (
        <p>{t("loans.noOrganisation")}</p>
      ) : (
        <>
          <h2 className="mb-3 text-xl font-semibold">{t("loans.for", { name: history.organisationName })}</h2>
          {history.rows.length === 0 ? (
            <p>{t("loans.empty")}</p>
          ) : (
            <Table
              caption={t("loans.caption", { name: history.organisationName })}
              headers={[t("loans.colItem"), t("loans.colOwner"), t("item.colPeriod"), t("item.colStatus")]}
            >
              {history.rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link className="font-semibold underline" href={`${base}/kits/${r.itemId}`}>
                      {r.itemName}
                    </Link>
                  </Td>
                  <Td>{r.ownerName}</Td>
                  <Td>
                    {day(r.startsOn)} – {day(r.endsOn)}
                    <span className="block text-sm text-muted">
                      {r.startsOn > today ? t("loans.upcoming") : r.endsOn < today && (!r.loanId || r.returnedOn) ? t("loans.past") : t("loans.ongoing")}
                    </span>
                  </Td>
                  <Td>
                    {t(`reservationStatuses.${r.status}`)}
                    {r.checkedOutOn ? <span className="block">{t("item.checkedOut", { date: day(r.checkedOutOn) })}</span> : null}
                    {r.returnedOn ? <span className="block">{t("item.returned", { date: day(r.returnedOn) })}</span> : null}
                    {r.overdue ? <Badge tone="warning">{t("item.overdueSince", { date: day(r.endsOn) })}</Badge> : null}
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </>
      )}
    </>
  );
}
