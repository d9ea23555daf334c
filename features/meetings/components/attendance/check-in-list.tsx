"use client";
import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { checkInAction, signAction } from "@/features/meetings/attendance/actions";
import type { HalfDay } from "@/lib/domain/paris-time";
import { clockTime } from "@/lib/i18n/format-day";
import { checkInStatuses, signatureBox, type CheckInStatus } from "@/features/meetings/attendance/constants";
import type { ParticipationStatus } from "@/lib/domain/enums";
import { normaliseForSearch } from "@/lib/domain/search";
import { cn } from "@/lib/cn";
import { SignaturePad } from "./signature-pad";

export type CheckInRow = {
  id: string;
  firstName: string;
  lastName: string;
  organisationName: string | null;
  status: ParticipationStatus;
  checkedInAt: Date | null;
  walkIn: boolean;
  signatures: { halfDay: HalfDay; method: "on_screen" | "paper"; signedAt: Date; image: string | null }[];
};

type Message = { tone: "ok" | "error"; text: string };
const here = (s: string) => s === "present" || s === "late";

/** The list of the day: one card per person, big buttons, results announced to screen readers. */
export function CheckInList({
  networkSlug,
  eventId,
  halfDays,
  rows,
  locale,
}: {
  networkSlug: string;
  eventId: string;
  halfDays: HalfDay[];
  rows: CheckInRow[];
  locale: string;
}) {
  const t = useTranslations("attendance");
  const [filter, setFilter] = useState("");
  const [message, setMessage] = useState<Message | null>(null);
  const [signing, setSigning] = useState<{ id: string; halfDay: HalfDay } | null>(null);
  const [pending, startTransition] = useTransition();
  // The page is revalidated by each action; until it is, the list shows what was asked.
  const [shown, setOptimistic] = useOptimistic(
    rows,
    (state, change: { id: string; status: ParticipationStatus }) =>
      state.map((r) => (r.id === change.id ? { ...r, status: change.status } : r)),
  );
  const nameOf = (r: CheckInRow) => `${r.firstName} ${r.lastName}`;
  const terms = normaliseForSearch(filter);
  const visible = terms
    ? shown.filter((r) => normaliseForSearch(r.firstName, r.lastName, r.organisationName).includes(terms))
    : shown;
  const presentCount = shown.filter((r) => here(r.status)).length;

  const mark = (row: CheckInRow, status: CheckInStatus) =>
    startTransition(async () => {
      setOptimistic({ id: row.id, status });
      const result = await checkInAction(networkSlug, { eventId, participationId: row.id, status });
      if (!result.ok) setMessage({ tone: "error", text: result.error });
      else if (result.data.outcome === "alreadyCheckedIn")
        setMessage({
          tone: "error",
          text: t("checkIn.alreadyCheckedIn", {
            name: nameOf(row),
            time: result.data.checkedInAt ? clockTime(new Date(result.data.checkedInAt), locale) : "",
          }),
        });
      else
        setMessage({
          tone: "ok",
          text: t("checkIn.done", { name: nameOf(row), status: t(`statuses.${status}`) }),
        });
    });

  const sign = (row: CheckInRow, halfDay: HalfDay, method: "on_screen" | "paper", image?: string) =>
    startTransition(async () => {
      const result = await signAction(networkSlug, {
        eventId,
        participationId: row.id,
        halfDay,
        method,
        image,
      });
      const half = t(`halfDays.${halfDay}`);
      if (result.ok) {
        setSigning(null);
        setMessage({ tone: "ok", text: t("signature.saved", { name: nameOf(row), halfDay: half }) });
      } else setMessage({ tone: "error", text: result.error });
    });

  return (
    <div className="space-y-4">
      <div aria-live="polite" aria-atomic="true" className="min-h-6">
        {message ? (
          <p
            className={cn(
              "rounded-md border px-4 py-3 text-sm font-medium",
              message.tone === "ok"
                ? "border-success/40 bg-green-50 text-success"
                : "border-danger/40 bg-red-50 text-danger",
            )}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      <p className="font-semibold">{t("checkIn.summary", { present: presentCount, total: shown.length })}</p>
      <TextField
        label={t("checkIn.filterLabel")}
        name="attendance-filter"
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        autoComplete="off"
      />
      {visible.length === 0 ? (
        <p className="text-muted">{shown.length ? t("checkIn.filterEmpty") : t("checkIn.empty")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("checkIn.listTitle")}>
          {visible.map((row) => (
            <li key={row.id} className="rounded-lg border border-line bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <div>
                  <p className="text-lg font-semibold">{nameOf(row)}</p>
                  <p className="text-sm text-muted">{row.organisationName ?? t("checkIn.noOrganisation")}</p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {row.walkIn ? <Badge tone="warning">{t("checkIn.walkInBadge")}</Badge> : null}
                  <Badge tone={here(row.status) ? "brand" : "neutral"}>{t(`statuses.${row.status}`)}</Badge>
                  {row.checkedInAt && here(row.status) ? (
                    <span className="text-sm text-muted">
                      {t("checkIn.checkedInAt", { time: clockTime(new Date(row.checkedInAt), locale) })}
                    </span>
                  ) : null}
                </div>
              </div>
              <div className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-3">
                {checkInStatuses.map((status) => (
                  <Button
                    key={status}
                    variant={row.status === status ? "primary" : "secondary"}
                    aria-pressed={row.status === status}
                    aria-label={t("checkIn.markAs", { name: nameOf(row), status: t(`checkIn.${status}`) })}
                    className="min-h-12 w-full text-base"
                    onClick={() => mark(row, status)}
                  >
                    {t(`checkIn.${status}`)}
                  </Button>
                ))}
              </div>
              <div className="mt-3 flex flex-wrap gap-3">
                {halfDays.map((h) => {
                  const s = row.signatures.find((x) => x.halfDay === h);
                  const half = t(`halfDays.${h}`);
                  if (s)
                    return (
                      <div key={h} className="flex items-center gap-2 text-sm">
                        {s.image ? (
                          <svg
                            viewBox={`0 0 ${signatureBox.width} ${signatureBox.height}`}
                            className="h-8 w-20"
                            aria-hidden="true"
                          >
                            <path d={s.image} fill="none" stroke="currentColor" strokeWidth={6} />
                          </svg>
                        ) : null}
                        <span>
                          {t(s.method === "paper" ? "signature.signedPaper" : "signature.signedAt", {
                            halfDay: half,
                            time: clockTime(new Date(s.signedAt), locale),
                          })}
                        </span>
                      </div>
                    );
                  return (
                    <Button
                      key={h}
                      variant="secondary"
                      aria-expanded={signing?.id === row.id && signing.halfDay === h}
                      aria-label={`${nameOf(row)} : ${t("signature.sign", { halfDay: half })}`}
                      onClick={() => setSigning({ id: row.id, halfDay: h })}
                    >
                      {t("signature.sign", { halfDay: half })}
                    </Button>
                  );
                })}
              </div>
              {signing?.id === row.id ? (
                <section className="mt-4 border-t border-line pt-4" aria-labelledby={`sign-${row.id}`}>
                  <h3 id={`sign-${row.id}`} className="mb-2 font-semibold">
                    {t("signature.dialogTitle", {
                      name: nameOf(row),
                      halfDay: t(`halfDays.${signing.halfDay}`),
                    })}
                  </h3>
                  <SignaturePad
                    id={`pad-${row.id}`}
                    pending={pending}
                    onConfirm={(path) => sign(row, signing.halfDay, "on_screen", path)}
                    onPaper={() => sign(row, signing.halfDay, "paper")}
                    onCancel={() => setSigning(null)}
                  />
                </section>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
