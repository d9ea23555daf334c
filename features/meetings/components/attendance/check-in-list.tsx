"use client";
import { useIsMutating, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
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

/** One person of the list; dates arrive as Date from the page and as ISO strings from the route. */
export type CheckInRow = {
  id: string;
  firstName: string;
  lastName: string;
  organisationName: string | null;
  status: ParticipationStatus;
  checkedInAt: Date | string | null;
  walkIn: boolean;
  signatures: {
    halfDay: HalfDay;
    method: "on_screen" | "paper";
    signedAt: Date | string;
    image: string | null;
  }[];
};

type Message = { tone: "ok" | "error"; text: string };
type Mark = { row: CheckInRow; status: CheckInStatus };
type Signing = { row: CheckInRow; halfDay: HalfDay; method: "on_screen" | "paper"; image?: string };
const here = (s: string) => s === "present" || s === "late";
/** Several phones mark the same list: each one polls it this often while the page is visible. */
const pollMs = 5_000;

async function fetchRows(networkSlug: string, eventId: string): Promise<CheckInRow[]> {
  const response = await fetch(`/api/n/${encodeURIComponent(networkSlug)}/meetings/${eventId}/check-in`, {
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`check-in list: HTTP ${response.status}`);
  return ((await response.json()) as { rows: CheckInRow[] }).rows;
}

/**
 * The list of the day: one card per person, big buttons, results announced to screen readers.
 * It refetches every few seconds (marks made on other phones appear) and shows a mark at once,
 * undoing it if the server refuses. Needs a QueryProvider above it.
 */
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
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => ["check-in", networkSlug, eventId], [networkSlug, eventId]);
  // No poll while a mark is on its way: it would bring back the state from before the mark.
  const marking = useIsMutating({ mutationKey: queryKey }) > 0;
  const { data: shown = rows } = useQuery({
    queryKey,
    queryFn: () => fetchRows(networkSlug, eventId),
    initialData: rows,
    staleTime: pollMs - 1_000,
    refetchInterval: marking ? false : pollMs,
  });
  // A new server render (after a walk-in or a signature) is fresher than the last poll.
  useEffect(() => {
    if (queryClient.isMutating({ mutationKey: queryKey }) === 0) queryClient.setQueryData(queryKey, rows);
  }, [queryClient, queryKey, rows]);

  const setRow = (id: string, change: Partial<CheckInRow>) =>
    queryClient.setQueryData<CheckInRow[]>(queryKey, (list) =>
      list?.map((r) => (r.id === id ? { ...r, ...change } : r)),
    );
  const nameOf = (r: CheckInRow) => `${r.firstName} ${r.lastName}`;

  const mark = useMutation({
    mutationKey: queryKey,
    mutationFn: async ({ row, status }: Mark) => {
      const result = await checkInAction(networkSlug, { eventId, participationId: row.id, status });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    // Shown at once; the previous state of that one row is kept to undo it on failure.
    onMutate: async ({ row, status }: Mark) => {
      await queryClient.cancelQueries({ queryKey });
      const before = queryClient.getQueryData<CheckInRow[]>(queryKey)?.find((r) => r.id === row.id);
      setRow(row.id, { status });
      return { before };
    },
    onError: (error, { row }, context) => {
      if (context?.before)
        setRow(row.id, { status: context.before.status, checkedInAt: context.before.checkedInAt });
      setMessage({ tone: "error", text: error.message });
    },
    onSuccess: (data, { row, status }) => {
      if (data.outcome === "alreadyCheckedIn")
        setMessage({
          tone: "error",
          text: t("checkIn.alreadyCheckedIn", {
            name: nameOf(row),
            time: data.checkedInAt ? clockTime(new Date(data.checkedInAt), locale) : "",
          }),
        });
      else
        setMessage({
          tone: "ok",
          text: t("checkIn.done", { name: nameOf(row), status: t(`statuses.${status}`) }),
        });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  const sign = useMutation({
    mutationFn: async ({ row, halfDay, method, image }: Signing) => {
      const result = await signAction(networkSlug, {
        eventId,
        participationId: row.id,
        halfDay,
        method,
        image,
      });
      if (!result.ok) throw new Error(result.error);
    },
    onError: (error) => setMessage({ tone: "error", text: error.message }),
    onSuccess: (_data, { row, halfDay }) => {
      setSigning(null);
      setMessage({
        tone: "ok",
        text: t("signature.saved", { name: nameOf(row), halfDay: t(`halfDays.${halfDay}`) }),
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  const terms = normaliseForSearch(filter);
  const visible = terms
    ? shown.filter((r) => normaliseForSearch(r.firstName, r.lastName, r.organisationName).includes(terms))
    : shown;
  const presentCount = shown.filter((r) => here(r.status)).length;

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
                    onClick={() => mark.mutate({ row, status })}
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
                    pending={sign.isPending}
                    onConfirm={(path) =>
                      sign.mutate({ row, halfDay: signing.halfDay, method: "on_screen", image: path })
                    }
                    onPaper={() => sign.mutate({ row, halfDay: signing.halfDay, method: "paper" })}
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
