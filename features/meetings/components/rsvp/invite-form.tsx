"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { inviteAction } from "@/features/meetings/rsvp/actions";
import { inviteSummary } from "@/features/meetings/rsvp/summary";
import { normaliseForSearch } from "@/lib/domain/search";

type Option = { id: string; name: string };

const shownPeople = 25;

/** Invite people one by one (searchable list), an organisation's people, or a saved segment. */
export function InviteForm({
  networkSlug,
  eventId,
  people,
  organisations,
  segments,
  invitedIds,
}: {
  networkSlug: string;
  eventId: string;
  people: (Option & { organisationName: string | null })[];
  organisations: Option[];
  segments: Option[];
  invitedIds: string[];
}) {
  const t = useTranslations("rsvp.invitations");
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const invited = useMemo(() => new Set(invitedIds), [invitedIds]);
  const matches = useMemo(() => {
    const words = normaliseForSearch(query).split(" ").filter(Boolean);
    const match = (p: (typeof people)[number]) => {
      const text = normaliseForSearch(`${p.name} ${p.organisationName ?? ""}`);
      return words.every((w) => text.includes(w));
    };
    return people.filter(match);
  }, [people, query]);
  // A short list, narrowed by the search: a few hundred checkboxes are too many to tab through
  // (and made the page slow to check for accessibility).
  const shown = matches.slice(0, shownPeople);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = await inviteAction(networkSlug, formData);
    if (result.ok) {
      setTicked(new Set());
      router.refresh();
    }
    return result;
  });
  const toggle = (id: string) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const peopleErrors = fieldErrors(state, "contactIds");
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success">
          {inviteSummary((key, values) => t(key as "resultInvited", values), state.data)}
        </Alert>
      ) : null}
      <input type="hidden" name="eventId" value={eventId} />
      {[...ticked].map((id) => (
        <input key={id} type="hidden" name="contactIds" value={id} />
      ))}
      <fieldset className="space-y-2" aria-describedby={peopleErrors ? "people-error" : undefined}>
        <legend className="font-semibold">{t("people")}</legend>
        <TextField
          label={t("search")}
          hint={t("searchHint")}
          name="peopleSearch"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <p className="text-sm" aria-live="polite">
          {t("selected", { count: ticked.size })}
        </p>
        <ul
          className="max-h-72 divide-y divide-line overflow-y-auto rounded-md border border-line"
          tabIndex={-1}
        >
          {shown.length === 0 ? <li className="px-3 py-2 text-muted">{t("noMatch")}</li> : null}
          {shown.map((p) => {
            const already = invited.has(p.id);
            return (
              <li key={p.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 px-3 py-1">
                  <input
                    type="checkbox"
                    className="size-5 accent-brand"
                    checked={already || ticked.has(p.id)}
                    disabled={already}
                    onChange={() => toggle(p.id)}
                  />
                  <span>
                    {p.name}
                    {p.organisationName ? <span className="text-muted"> · {p.organisationName}</span> : null}
                    {already ? <span className="text-muted"> · {t("total")}</span> : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {matches.length > shown.length ? (
          <p className="text-sm text-muted">
            {t("moreMatches", { shown: shown.length, count: matches.length })}
          </p>
        ) : null}
        {peopleErrors ? (
          <p id="people-error" className="text-sm font-medium text-danger">
            {peopleErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField label={t("organisation")} name="organisationId" defaultValue="">
          <option value="">{t("none")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("segment")} name="segmentId" defaultValue="">
          <option value="">{t("none")}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
