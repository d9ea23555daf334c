"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Table, Td } from "@/components/ui/table";
import { eraseContactsAction } from "@/features/directory/gdpr/actions";

export type RetentionRow = {
  id: string;
  name: string;
  organisationName: string | null;
  email: string | null;
  /** Already formatted by the page, in the user's language. */
  lastInteraction: string;
  archived: boolean;
};

type Outcome = { ok: true; erased: number } | { ok: false; error: string } | null;

/** The retention review's list: tick people, then erase them all at once after a confirmation. */
export function RetentionReview({ networkSlug, rows }: { networkSlug: string; rows: RetentionRow[] }) {
  const t = useTranslations("gdpr");
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, start] = useTransition();
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmTitle.current?.focus();
    else if (wasConfirming.current) eraseButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // Rows erased elsewhere (or on a refreshed page) leave the selection.
  const chosen = rows.filter((r) => selected.has(r.id));
  const allChecked = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const askConfirmation = () => {
    if (chosen.length === 0) {
      setOutcome({ ok: false, error: t("retention.nothingSelected") });
      return;
    }
    setOutcome(null);
    setConfirming(true);
  };
  const erase = () =>
    start(async () => {
      const result = await eraseContactsAction(networkSlug, {
        ids: chosen.map((r) => r.id),
        reason: "retention",
      });
      if (result.ok) {
        setOutcome({ ok: true, erased: result.data.erased });
        setSelected(new Set());
        setConfirming(false);
        router.refresh();
      } else {
        setOutcome({ ok: false, error: result.error });
      }
    });

  return (
    <div className="space-y-4">
      {outcome?.ok ? <Alert tone="success">{t("retention.done", { count: outcome.erased })}</Alert> : null}
      {outcome && !outcome.ok && !confirming ? <Alert tone="error">{outcome.error}</Alert> : null}
      <Table
        caption={t("retention.caption")}
        headers={[
          <input
            key="all"
            type="checkbox"
            className="size-5"
            aria-label={t("retention.selectAll", { count: rows.length })}
            checked={allChecked}
            onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
          />,
          t("retention.columns.name"),
          t("retention.columns.organisation"),
          t("retention.columns.email"),
          t("retention.columns.lastInteraction"),
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <input
                type="checkbox"
                className="size-5"
                name="ids"
                value={r.id}
                aria-label={t("retention.selectOne", { name: r.name })}
                checked={selected.has(r.id)}
                onChange={(e) => toggle(r.id, e.target.checked)}
              />
            </Td>
            <Td>
              <Link className="font-semibold underline" href={`/n/${networkSlug}/directory/contacts/${r.id}`}>
                {r.name}
              </Link>{" "}
              {r.archived ? <Badge tone="warning">{t("retention.archived")}</Badge> : null}
            </Td>
            <Td>{r.organisationName ?? t("retention.none")}</Td>
            <Td>{r.email ?? t("retention.none")}</Td>
            <Td>{r.lastInteraction}</Td>
          </tr>
        ))}
      </Table>
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm" aria-live="polite">
          {t("retention.selected", { count: chosen.length })}
        </p>
        {confirming ? null : (
          <button
            ref={eraseButton}
            type="button"
            className={buttonVariants({ variant: "danger" })}
            onClick={askConfirmation}
          >
            {t("retention.eraseSelected")}
          </button>
        )}
      </div>
      {confirming ? (
        <section
          aria-labelledby="retention-erase-title"
          className="space-y-3 rounded-md border border-danger/40 bg-red-50 p-4"
        >
          <h2 id="retention-erase-title" ref={confirmTitle} tabIndex={-1} className="text-lg font-semibold">
            {t("retention.confirmTitle", { count: chosen.length })}
          </h2>
          <p className="text-sm">
            {t("retention.confirmList", { names: chosen.map((r) => r.name).join(", ") })}
          </p>
          <p className="text-sm">{t("erasure.removed")}</p>
          <p className="text-sm">{t("erasure.kept")}</p>
          <p className="text-sm">{t("retention.allOrNothing")}</p>
          <p className="text-sm font-semibold">{t("erasure.logged")}</p>
          {outcome && !outcome.ok ? <Alert tone="error">{outcome.error}</Alert> : null}
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={pending || chosen.length === 0} onClick={erase}>
              {pending ? t("retention.erasing") : t("retention.confirm", { count: chosen.length })}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
              {t("retention.cancel")}
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
