"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { eraseContactAction } from "@/features/directory/gdpr/actions";
import { erasureReasons } from "@/features/directory/gdpr/constants";

/** A contact's GDPR tools for coordinators: export their data (access right), erase them. */
export function ContactGdprPanel({
  networkSlug,
  contactId,
  contactName,
}: {
  networkSlug: string;
  contactId: string;
  contactName: string;
}) {
  const t = useTranslations("gdpr");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await eraseContactAction(networkSlug, formData);
    if (result.ok) router.push(`/n/${networkSlug}/directory/contacts`);
    return result;
  });
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Keyboard and screen-reader users land on what changed: the question, or back on the button.
    if (confirming) confirmTitle.current?.focus();
    else if (wasConfirming.current) eraseButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const exportHref = `/api/n/${encodeURIComponent(networkSlug)}/directory/contacts/${encodeURIComponent(contactId)}/export`;

  return (
    <Card>
      <CardTitle>{t("panel.title")}</CardTitle>
      <p className="mb-4 text-sm text-muted">{t("panel.intro")}</p>
      <div className="flex flex-wrap gap-2">
        <a className={buttonVariants({ variant: "secondary" })} href={exportHref} download>
          {t("panel.export")}
        </a>
        {confirming ? null : (
          <button
            ref={eraseButton}
            type="button"
            className={buttonVariants({ variant: "danger" })}
            onClick={() => setConfirming(true)}
          >
            {t("panel.erase")}
          </button>
        )}
      </div>
      {confirming ? (
        <form
          onSubmit={submit}
          aria-labelledby="gdpr-erase-title"
          className="mt-4 space-y-3 rounded-md border border-danger/40 bg-red-50 p-4"
          noValidate
        >
          <h3 id="gdpr-erase-title" ref={confirmTitle} tabIndex={-1} className="text-base font-semibold">
            {t("panel.confirmTitle", { name: contactName })}
          </h3>
          <p className="text-sm">{t("erasure.removed")}</p>
          <p className="text-sm">{t("erasure.kept")}</p>
          <p className="text-sm font-semibold">{t("erasure.logged")}</p>
          {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
          <input type="hidden" name="id" value={contactId} />
          <SelectField label={t("panel.reason")} name="reason" defaultValue="request" required>
            {erasureReasons.map((r) => (
              <option key={r} value={r}>
                {t(`erasure.reasons.${r}`)}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? t("panel.erasing") : t("panel.confirm", { name: contactName })}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
              {t("panel.cancel")}
            </Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
