import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { listOutbox } from "@/features/admin/queries";
import { requirePlatformAdmin } from "@/server/access/server";
import { getMailer } from "@/server/mail/mailer";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("admin.outbox");

export default async function OutboxPage() {
  await requirePlatformAdmin();
  const [t, format] = [await getTranslations("admin"), await getFormatter()];
  const messages = await listOutbox(getDb());
  return (
    <>
      <PageHeader title={t("outbox")} description={t("outboxIntro")} />
      {getMailer().kind === "smtp" ? <Alert className="mb-4">{t("outboxSmtp")}</Alert> : null}
      {messages.length === 0 ? (
        <p className="text-muted">{t("outboxEmpty")}</p>
      ) : (
        <ol className="space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <article className="rounded-lg border border-line p-4" aria-labelledby={`mail-${m.id}`}>
                <h2 id={`mail-${m.id}`} className="font-semibold">
                  {m.subject}
                </h2>
                <p className="text-sm text-muted">
                  {t("outboxTo", { to: m.to })} ·{" "}
                  {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm">{m.text}</pre>
                {m.attachments.length ? (
                  <p className="mt-2 text-sm text-muted">
                    {t("outboxAttachments", { names: m.attachments.map((a) => a.filename).join(", ") })}
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
