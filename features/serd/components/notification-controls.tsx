"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { markSerdNotificationsAction, setSerdNotificationMailAction } from "@/features/serd/actions";

const modes = ["immediate", "daily", "off"] as const;

/** "Tout marquer comme lu". */
export function MarkAllReadButton({ networkSlug }: { networkSlug: string }) {
  const t = useTranslations("serd.notifications");
  const [state, submit, pending] = useActionForm((formData: FormData) =>
    markSerdNotificationsAction(networkSlug, formData),
  );
  return (
    <form onSubmit={submit} className="space-y-2">
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("markAll")}
      </Button>
      <div aria-live="polite">
        {state?.ok ? <Alert tone="success">{t("marked", { n: state.data.marked })}</Alert> : null}
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      </div>
    </form>
  );
}

/** The reviewer's choice: one mail per submission, a daily digest, or none. */
export function MailModeForm({ networkSlug, mode }: { networkSlug: string; mode: (typeof modes)[number] }) {
  const t = useTranslations("serd.notifications.mailMode");
  const [state, submit, pending] = useActionForm((formData: FormData) =>
    setSerdNotificationMailAction(networkSlug, formData),
  );
  return (
    <form onSubmit={submit} className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("legend")}</legend>
        {modes.map((m) => (
          <label key={m} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="mail" value={m} defaultChecked={m === mode} className="size-5" />
            {t(m)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
      <div aria-live="polite">
        {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      </div>
    </form>
  );
}
