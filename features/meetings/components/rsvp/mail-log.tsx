import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { clockTime, formatParisDate } from "@/lib/i18n/format-day";
import { RetryMailButton } from "./retry-mail-button";

type Mail = {
  id: string;
  to: string;
  subject: string;
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
};

/** The meeting's mailing log: who was mailed, when, what failed, with "Renvoyer". */
export async function MailLog({ mails, networkSlug, eventId }: { mails: Mail[]; networkSlug: string; eventId: string }) {
  const t = await getTranslations("mailLog");
  const locale = await getLocale();
  const when = (d: Date) => `${formatParisDate(d, locale, "long")} ${clockTime(d, locale)}`;
  return (
    <Card>
      <CardTitle>{t("title")}</CardTitle>
      <p className="mb-4 text-muted">{t("intro")}</p>
      {mails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table caption={t("title")} headers={[t("to"), t("subject"), t("status"), t("when"), t("error"), t("actions")]}>
          {mails.map((m) => (
            <tr key={m.id}>
              <Td>{m.to}</Td>
              <Td>{m.subject}</Td>
              <Td>
                {t(`statuses.${m.status}`)} ({t("attempts", { count: m.attempts })})
              </Td>
              <Td>{when(m.sentAt ?? m.createdAt)}</Td>
              <Td>{m.lastError ?? "—"}</Td>
              <Td>
                {m.status === "sending" ? null : (
                  <RetryMailButton networkSlug={networkSlug} eventId={eventId} mailId={m.id} to={m.to} />
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
