import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { ParticipationStatus } from "@/lib/domain/enums";

type Row = {
  id: string;
  firstName: string;
  lastName: string;
  organisationName: string | null;
  status: ParticipationStatus;
  answeredAt: Date | null;
  answerMessage: string | null;
  representedBy: string | null;
  waitlistedAt: Date | null;
};
type List = { rows: Row[]; waitlist: Row[] };

/** Everyone invited with their answer, then the waiting list in its order. */
export async function ParticipationTables({ rows, waitlist }: List) {
  const [t, format] = [await getTranslations("rsvp"), await getFormatter()];
  return (
    <>
      <Card>
        <CardTitle>{t("invitations.listCaption")}</CardTitle>
        {rows.length === 0 ? (
          <p className="text-muted">{t("invitations.empty")}</p>
        ) : (
          <Table
            caption={t("invitations.listCaption")}
            headers={[
              t("invitations.name"),
              t("invitations.organisationColumn"),
              t("invitations.status"),
              t("invitations.answeredAt"),
              t("invitations.message"),
            ]}
          >
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  {r.firstName} {r.lastName}
                </Td>
                <Td>{r.organisationName ?? ""}</Td>
                <Td>
                  <Badge
                    tone={
                      r.status === "registered" ? "brand" : r.status === "waitlisted" ? "warning" : "neutral"
                    }
                  >
                    {t(`statuses.${r.status}`)}
                  </Badge>
                  {r.status === "excused" && r.representedBy ? (
                    <span className="mt-1 block text-sm">
                      {t("answer.representedByStatus", { name: r.representedBy })}
                    </span>
                  ) : null}
                </Td>
                <Td>
                  {r.answeredAt ? (
                    <time dateTime={r.answeredAt.toISOString()}>
                      {format.dateTime(r.answeredAt, { dateStyle: "short", timeStyle: "short" })}
                    </time>
                  ) : null}
                </Td>
                <Td>{r.answerMessage ?? ""}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card>
        <CardTitle>{t("invitations.waitlistTitle")}</CardTitle>
        {waitlist.length === 0 ? (
          <p className="text-muted">{t("invitations.waitlistEmpty")}</p>
        ) : (
          <>
            <p className="mb-3 text-muted">{t("invitations.waitlistIntro")}</p>
            <ol className="list-decimal space-y-1 pl-6">
              {waitlist.map((r) => (
                <li key={r.id}>
                  {r.firstName} {r.lastName}
                  {r.organisationName ? ` · ${r.organisationName}` : ""}{" "}
                  <span className="text-sm text-muted">
                    {t("invitations.waitlistedAt", { date: r.waitlistedAt! })}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </Card>
    </>
  );
}
