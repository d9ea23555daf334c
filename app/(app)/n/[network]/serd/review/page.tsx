import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionTable } from "@/features/serd/components/action-table";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { listCommunes, listOrganisationOptions } from "@/features/directory/queries";
import { listActions, listEditions } from "@/features/serd/queries";
import { actionFiltersSchema, type ActionFilters } from "@/features/serd/schemas";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { serdReviewStatuses, serdThemes } from "@/lib/domain/enums";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("serd.review.title");

export default async function ReviewPage({ params, searchParams }: PageProps<"/n/[network]/serd/review">) {
  const { network } = await params;
  const sp = await searchParams;
  const ctx = await requireMembership(network, "serd.review");
  const networkId = ctx.network.id;
  // The queue spans every edition unless one is chosen: a 2026 action submitted the day 2027
  // opened is still waiting for its decision.
  const editions = await listEditions(ctx.db, { networkId });
  const param = typeof sp.edition === "string" && sp.edition !== "" ? sp.edition : "all";
  const edition = param === "all" ? null : (editions.find((e) => e.id === param) ?? null);
  if (param !== "all" && (!isUuid(param) || !edition)) notFound();
  const parsed = actionFiltersSchema.safeParse({ status: "submitted", ...sp });
  const filters: Partial<ActionFilters> = parsed.success ? parsed.data : { status: "submitted" };
  const [t, rows, organisations, communes] = [
    await getTranslations("serd"),
    await listActions(ctx.db, { networkId, editionId: edition?.id ?? null, filters }),
    await listOrganisationOptions(ctx.db, { networkId }),
    await listCommunes(ctx.db, { networkId }),
  ];
  const select = (
    name: string,
    label: string,
    value: string | undefined,
    options: { value: string; label: string }[],
    all: string,
  ) => (
    <SelectField label={label} name={name} defaultValue={value ?? ""}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
  const tFigures = await getTranslations("agenda.figures");
  return (
    <>
      <PageHeader
        title={t("review.title")}
        description={edition ? t("dashboard.edition", { year: edition.year }) : t("dashboard.allEditions")}
      />
      <form
        method="get"
        className="mb-6 grid items-end gap-4 md:grid-cols-3 lg:grid-cols-6"
        aria-label={t("review.filters")}
      >
        {select(
          "edition",
          tFigures("edition"),
          edition?.id,
          editions.map((e) => ({ value: e.id, label: String(e.year) })),
          t("dashboard.allEditions"),
        )}
        {select(
          "status",
          t("list.status"),
          filters.status,
          serdReviewStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          t("review.all"),
        )}
        {select(
          "theme",
          t("list.themes"),
          filters.theme,
          serdThemes.map((s) => ({ value: s, label: t(`themes.${s}`) })),
          t("review.all"),
        )}
        {select(
          "commune",
          t("occurrence.commune"),
          filters.commune,
          communes.map((c) => ({ value: c.id, label: c.name })),
          t("review.all"),
        )}
        {select(
          "organisation",
          t("list.organisation"),
          filters.organisation,
          organisations.map((o) => ({ value: o.id, label: o.name })),
          t("review.all"),
        )}
        <Button type="submit">{t("review.apply")}</Button>
      </form>
      <ActionTable networkSlug={ctx.network.slug} rows={rows} caption={t("review.title")} showEdition={!edition} />
    </>
  );
}
