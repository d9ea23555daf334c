"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { addWalkInAction, addWalkInNewContactAction } from "@/features/meetings/attendance/actions";
import { clockTime } from "@/lib/i18n/format-day";
import type { ParticipationStatus } from "@/lib/domain/enums";

type Found = {
  id: string;
  firstName: string;
  lastName: string;
  organisationName: string | null;
  participationStatus: ParticipationStatus | null;
};

/** Search results of the directory, each with a button that adds the person as present. */
export function WalkInResults({
  networkSlug,
  eventId,
  results,
  locale,
}: {
  networkSlug: string;
  eventId: string;
  results: Found[];
  locale: string;
}) {
  const t = useTranslations("attendance");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const add = (c: Found) =>
    startTransition(async () => {
      const name = `${c.firstName} ${c.lastName}`;
      const result = await addWalkInAction(networkSlug, { eventId, contactId: c.id });
      if (!result.ok) setMessage({ ok: false, text: result.error });
      else if (result.data.outcome === "alreadyCheckedIn")
        setMessage({
          ok: false,
          text: t("checkIn.alreadyCheckedIn", {
            name,
            time: result.data.checkedInAt ? clockTime(new Date(result.data.checkedInAt), locale) : "",
          }),
        });
      else setMessage({ ok: true, text: t("walkIn.added", { name }) });
    });
  return (
    <div className="space-y-3">
      <div aria-live="polite" aria-atomic="true">
        {message ? <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert> : null}
      </div>
      <ul className="divide-y divide-line" aria-label={t("walkIn.resultsCaption")}>
        {results.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-semibold">
                {c.firstName} {c.lastName}
              </span>
              {c.organisationName ? <span className="text-muted"> · {c.organisationName}</span> : null}
            </span>
            {c.participationStatus && ["present", "late"].includes(c.participationStatus) ? (
              <span className="text-sm text-muted">
                {t("walkIn.onList", { status: t(`statuses.${c.participationStatus}`) })}
              </span>
            ) : (
              <Button variant="secondary" disabled={pending} onClick={() => add(c)}>
                {t("walkIn.add", { name: `${c.firstName} ${c.lastName}` })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A person not in the directory: created and checked in at once. */
export function WalkInNewForm({
  networkSlug,
  eventId,
  organisations,
}: {
  networkSlug: string;
  eventId: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("attendance.walkIn");
  const formRef = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await addWalkInNewContactAction(networkSlug, formData);
    if (result.ok) {
      setAdded(t("added", { name: `${formData.get("firstName")} ${formData.get("lastName")}` }));
      formRef.current?.reset();
    } else setAdded(null);
    return result;
  });
  const err = (name: string) => fieldErrors(state, name);
  return (
    <form ref={formRef} onSubmit={submit} className="space-y-4" noValidate>
      <div aria-live="polite" aria-atomic="true">
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {added ? <Alert tone="success">{added}</Alert> : null}
      </div>
      <input type="hidden" name="eventId" value={eventId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("firstName")}
          name="firstName"
          required
          autoComplete="off"
          errors={err("firstName")}
        />
        <TextField
          label={t("lastName")}
          name="lastName"
          required
          autoComplete="off"
          errors={err("lastName")}
        />
        <SelectField
          label={t("organisation")}
          name="organisationId"
          hint={t("optional")}
          errors={err("organisationId")}
        >
          <option value="">{t("noOrganisation")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("email")}
          name="email"
          type="email"
          hint={t("optional")}
          autoComplete="off"
          errors={err("email")}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
