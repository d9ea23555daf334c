import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { auditActions } from "@/lib/domain/audit-actions";
import { toQuery } from "@/lib/url";
import type { listAuditEntries } from "../queries";
import type { AuditFilters } from "../schemas";

type Entries = Awaited<ReturnType<typeof listAuditEntries>>;

/** The audit trail: a GET filter form (state in the URL) and one page of entries, newest first. */
export async function AuditLog({
  entries,
  filters,
  values,
  actors,
  base,
  showNetwork,
}: {
  entries: Entries;
  filters: AuditFilters;
  values: Record<string, string>;
  actors: { id: string; name: string }[];
  base: string;
  showNetwork: boolean;
}) {
  const [t, tRoles, format] = [await getTranslations("audit"), await getTranslations("roles"), await getFormatter()];
  const value = (key: string, v: string | number | boolean | null) => {
    if (typeof v === "boolean") return t(v ? "yes" : "no");
    if (v === null || v === "") return "—";
    // The purge's cutoff day (server/audit/retention.ts), read like every date: "7 déc. 2025".
    if (key === "before" && typeof v === "string") return format.dateTime(new Date(`${v}T12:00:00Z`), { dateStyle: "medium" });
    if ((key === "role" || key === "from" || key === "to") && tRoles.has(String(v) as never)) return tRoles(String(v) as "coordinator");
    if (t.has(`values.${v}` as never)) return t(`values.${String(v)}` as "values.request");
    return String(v);
  };
  return (
    <>
      <form method="get" role="search" aria-label={t("filters")} className="mb-6 rounded-lg border border-line bg-surface p-4">
        <div className="grid gap-4 md:grid-cols-4">
          <SelectField label={t("action")} name="action" defaultValue={values.action ?? ""}>
            <option value="">{t("allActions")}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("actor")} name="actor" defaultValue={values.actor ?? ""}>
            <option value="">{t("allActors")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
          <TextField label={t("from")} name="from" type="date" defaultValue={values.from ?? ""} />
          <TextField label={t("to")} name="to" type="date" defaultValue={values.to ?? ""} />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button type="submit">{t("apply")}</Button>
          <Link href={base} className="text-sm font-semibold underline">
            {t("reset")}
          </Link>
        </div>
      </form>
      <p className="mb-3 font-semibold" role="status">
        {t("results", { count: entries.total })}
      </p>
      {entries.rows.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <Table
          caption={t("caption")}
          headers={[t("at"), ...(showNetwork ? [t("network")] : []), t("actor"), t("action"), t("details")]}
        >
          {entries.rows.map((e) => (
            <tr key={e.id}>
              <Td>{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}</Td>
              {showNetwork ? <Td>{e.networkName ?? t("platform")}</Td> : null}
              <Td>{e.actorName ?? t("anonymous")}</Td>
              <Td>{t(`actions.${e.action}`)}</Td>
              <Td>
                <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                  <dt className="text-muted">{t("row")}</dt>
                  <dd>
                    {t(`entities.${e.entity}` as "entities.users")} {e.entityId ? <code>{e.entityId.slice(0, 8)}</code> : null}
                  </dd>
                  {Object.entries(e.summary).map(([k, v]) => (
                    <div key={k} className="contents">
                      <dt className="text-muted">{t.has(`summary.${k}` as never) ? t(`summary.${k}` as "summary.reason") : k}</dt>
                      <dd>{k === "userId" ? (e.memberName ?? String(v)) : value(k, v)}</dd>
                    </div>
                  ))}
                </dl>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        page={filters.page}
        pageCount={entries.pageCount}
        hrefFor={(page) => `${base}${toQuery({ ...filters }, { page })}`}
        labels={{
          nav: t("pages"),
          previous: t("previous"),
          next: t("next"),
          status: t("pageStatus", { page: filters.page, count: entries.pageCount }),
        }}
      />
    </>
  );
}
