"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import {
  regenerateNetworkFeedAction,
  regeneratePersonalFeedAction,
  revokeNetworkFeedAction,
  revokePersonalFeedAction,
} from "@/features/meetings/calendar/actions";
import type { ActionResult } from "@/lib/action-result";

/** One subscription address: shown read-only to copy, with create / replace / delete buttons. */
export function FeedControls({
  networkSlug,
  kind,
  feed,
  createdOn,
}: {
  networkSlug: string;
  kind: "network" | "contact";
  feed: { url: string | null } | null;
  createdOn: string | null;
}) {
  const t = useTranslations("rsvp.feeds");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const [copied, setCopied] = useState(false);
  const run = (which: "regenerate" | "revoke") =>
    start(async () => {
      const action =
        kind === "network"
          ? which === "regenerate"
            ? regenerateNetworkFeedAction
            : revokeNetworkFeedAction
          : which === "regenerate"
            ? regeneratePersonalFeedAction
            : revokePersonalFeedAction;
      const r = await action(networkSlug, {});
      setResult(r);
      setCopied(false);
      if (r.ok) router.refresh();
    });
  const copy = async () => {
    if (!feed?.url) return;
    await navigator.clipboard.writeText(feed.url);
    setCopied(true);
  };
  return (
    <div className="space-y-3">
      {result && !result.ok ? <Alert tone="error">{result.error}</Alert> : null}
      {feed ? (
        <>
          {feed.url ? (
            <TextField
              label={t("url")}
              hint={t("urlHint")}
              name={`feed-url-${kind}`}
              value={feed.url}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
            />
          ) : (
            <Alert>{t("secretChanged")}</Alert>
          )}
          {createdOn ? <p className="text-sm text-muted">{createdOn}</p> : null}
          <div className="flex flex-wrap gap-2">
            {feed.url ? (
              <Button variant="secondary" onClick={copy}>
                {t("copy")}
              </Button>
            ) : null}
            <Button variant="secondary" disabled={pending} onClick={() => run("regenerate")}>
              {t("regenerate")}
            </Button>
            <Button variant="danger" disabled={pending} onClick={() => run("revoke")}>
              {t("revoke")}
            </Button>
          </div>
          <p className="text-sm text-muted">{t("regenerateHint")}</p>
          <p role="status" className="text-sm">
            {copied ? t("copied") : ""}
          </p>
        </>
      ) : (
        <>
          <p className="text-muted">{t("none")}</p>
          <Button disabled={pending} onClick={() => run("regenerate")}>
            {t("create")}
          </Button>
        </>
      )}
    </div>
  );
}
