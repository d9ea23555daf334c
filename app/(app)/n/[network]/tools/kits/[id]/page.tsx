import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { ActionButton } from "@/features/tools/components/action-button";
import { QueryProvider } from "@/components/query-provider";
import { KitCalendar } from "@/features/tools/components/kit-calendar";
import { LoanForm } from "@/features/tools/components/loan-form";
import { ItemPhotos } from "@/features/tools/components/item-photos";
import { buttonVariants } from "@/components/ui/button-variants";
import {
  getItem,
  getKitMonth,
  listItemPhotos,
  listOrganisationChoices,
  listReservations,
  listUseTargets,
} from "@/features/tools/queries";
import { calendarMonthSchema } from "@/features/tools/schemas";
import { isUuid } from "@/lib/domain/ids";
import { addDays, parisDateKey, parisToday } from "@/lib/domain/paris-time";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("tools.kits.title");

export default async function KitPage({ params, searchParams }: PageProps<"/n/[network]/tools/kits/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "tools.read");
  if (!isUuid(id)) notFound();
  const row = await getItem(ctx.db, { networkId: ctx.network.id, id });
  if (!row) notFound();
  const t = await getTranslations("tools");
  const format = await getFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium" });
  const today = parisToday();
  const { month } = calendarMonthSchema.parse(await searchParams);
  const item = row.item;
  const [initialMonth, history, photos] = await Promise.all([
    getKitMonth(ctx.db, { networkId: ctx.network.id, itemId: item.id, month, today }),
    // The whole history of the kit: every request and loan since it was added.
    listReservations(ctx.db, { networkId: ctx.network.id, itemId: item.id, from: "2000-01-01", to: addDays(today, 730) }),
    listItemPhotos(ctx.db, { networkId: ctx.network.id, itemId: item.id }),
  ]);
  const coordinator = ctx.can("tools.publish");
  const owner = ctx.can("tools.lend") && (coordinator || ctx.organisationId === item.ownerOrganisationId);
  const editor = ctx.can("tools.items") && (coordinator || ctx.organisationId === item.ownerOrganisationId);
  const organisations = coordinator ? await listOrganisationChoices(ctx.db, { networkId: ctx.network.id }) : null;
  const outNow = history.find((r) => r.loanId && !r.returnedOn);
  const nextOut = history.find((r) => r.status === "confirmed" && !r.loanId && r.endsOn >= today);
  const mayReserve = ctx.can("tools.reserve") && item.lendable && (coordinator || !!ctx.organisationId);
  const targets = mayReserve ? await listUseTargets(ctx.db, { networkId: ctx.network.id, today }) : null;
  return (
    <ClientMessages namespaces={["tools"]}>
      <p className="mb-2">
        <Link className="underline" href={`/n/${ctx.network.slug}/tools/kits`}>
          {t("kits.title")}
        </Link>
      </p>
      <PageHeader
        title={item.name}
        description={item.description ?? undefined}
        actions={
          editor ? (
            <Link className={buttonVariants({ variant: "secondary" })} href={`/n/${ctx.network.slug}/tools/kits/${item.id}/edit`}>
              {t("kits.edit")}
            </Link>
          ) : undefined
        }
      />
      <Card className="mb-6 space-y-1">
        <p>{t("item.owner", { name: row.ownerName })}</p>
        {item.location ? <p>{t("item.location", { place: item.location })}</p> : null}
        <p>
          {t(`conditions.${item.condition}`)} · {t("item.maxDays", { days: item.maxLoanDays })}
        </p>
        {item.components.length > 0 ? <p>{item.components.join(" · ")}</p> : null}
        {row.instructionsTitle && item.instructionsResourceId ? (
          <p>
            <Link className="underline" href={`/n/${ctx.network.slug}/tools/resources/${item.instructionsResourceId}`}>
              {t("item.instructions", { title: row.instructionsTitle })}
            </Link>
          </p>
        ) : null}
      </Card>
      <section className="mb-6" aria-labelledby="photos-title">
        <h2 id="photos-title" className="mb-3 text-xl font-semibold">
          {t("item.photos")}
        </h2>
        <ItemPhotos networkSlug={ctx.network.slug} itemId={item.id} photos={photos} editable={editor} />
      </section>
      <section className="mb-6" aria-labelledby="calendar-title">
        <h2 id="calendar-title" className="mb-3 text-xl font-semibold">
          {t("item.calendar")}
        </h2>
        <QueryProvider>
          <KitCalendar
            networkSlug={ctx.network.slug}
            itemId={item.id}
            initial={initialMonth!}
            reserve={
              targets
                ? {
                    organisations: organisations?.map((o) => ({ value: o.id, label: o.name })) ?? null,
                    events: targets.events.map((e) => ({ value: e.id, label: `${day(parisDateKey(e.startsAt))} · ${e.title}` })),
                    serdActions: targets.serdActions.map((a) => ({ value: a.id, label: `SERD ${a.year} · ${a.title}` })),
                  }
                : null
            }
          />
        </QueryProvider>
      </section>
      {owner && (outNow || nextOut) ? (
        <Card className="mb-6 max-w-md">
          <CardTitle>{outNow ? t("item.return") : t("item.checkOut")}</CardTitle>
          <p className="mb-2">
            {(outNow ?? nextOut)!.borrowerName} · {day((outNow ?? nextOut)!.startsOn)} – {day((outNow ?? nextOut)!.endsOn)}
          </p>
          <LoanForm
            networkSlug={ctx.network.slug}
            mode={outNow ? "return" : "checkOut"}
            id={outNow ? outNow.loanId! : nextOut!.id}
            today={today}
          />
        </Card>
      ) : null}
      <h2 className="mb-3 text-xl font-semibold">{t("item.requests")}</h2>
      <Table
        caption={t("item.requestsCaption")}
        headers={[t("item.colPeriod"), t("item.colBorrower"), t("item.colStatus"), ...(owner ? [t("item.colActions")] : [])]}
      >
        {history.map((r) => (
          <tr key={r.id}>
            <Td>
              {day(r.startsOn)} – {day(r.endsOn)}
            </Td>
            <Td>{r.borrowerName}</Td>
            <Td>
              {t(`reservationStatuses.${r.status}`)}
              {r.checkedOutOn ? <span className="block">{t("item.checkedOut", { date: day(r.checkedOutOn) })}</span> : null}
              {r.returnedOn ? <span className="block">{t("item.returned", { date: day(r.returnedOn) })}</span> : null}
              {r.conditionOnReturn ? (
                <span className="block">{t("item.returnCondition", { condition: t(`conditions.${r.conditionOnReturn}`) })}</span>
              ) : null}
              {r.remark ? <span className="block">{r.remark}</span> : null}
              {r.loanId && !r.returnedOn && r.endsOn < today ? (
                <Badge tone="warning">{t("item.overdueSince", { date: day(r.endsOn) })}</Badge>
              ) : null}
            </Td>
            {owner ? (
              <Td>
                {r.status === "requested" ? (
                  <div className="flex flex-wrap gap-2">
                    <ActionButton action="confirm" networkSlug={ctx.network.slug} id={r.id} variant="primary" />
                    <ActionButton action="refuse" networkSlug={ctx.network.slug} id={r.id} />
                  </div>
                ) : null}
              </Td>
            ) : null}
          </tr>
        ))}
      </Table>
    </ClientMessages>
  );
}
