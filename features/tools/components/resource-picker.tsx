"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { attachResourceAction, detachResourceAction } from "@/features/tools/actions";

export type AttachTargetInput = { eventId?: string; serdActionId?: string; trainingModuleId?: string };

/** A select of the library's published resources and a button that shows the chosen one on this page. */
export function ResourcePicker({
  networkSlug,
  target,
  choices,
  label,
}: {
  networkSlug: string;
  target: AttachTargetInput;
  choices: { id: string; title: string }[];
  /** Names the page or module ("Ajouter un outil à « Compostage »"). */
  label: string;
}) {
  const t = useTranslations("tools.attach");
  const router = useRouter();
  const id = useId();
  const [resourceId, setResourceId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (choices.length === 0) return <p className="text-sm text-muted">{t("noChoice")}</p>;
  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-2"
      aria-label={label}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!resourceId) return setError(t("choose"));
        setPending(true);
        const result = await attachResourceAction(networkSlug, { resourceId, ...target });
        setPending(false);
        if (result.ok) {
          setError(null);
          setResourceId("");
          router.refresh();
        } else setError(result.error);
      }}
    >
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold">
          {t("resource")}
        </label>
        <select
          id={id}
          className="block min-h-11 w-full rounded-md border border-line bg-white px-3 py-2"
          value={resourceId}
          onChange={(e) => setResourceId(e.target.value)}
        >
          <option value="">{t("placeholder")}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("attach")}
      </Button>
      {error ? (
        <div className="w-full">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
    </form>
  );
}

/** Takes one resource off this page. */
export function DetachButton({
  networkSlug,
  target,
  resourceId,
  title,
}: {
  networkSlug: string;
  target: AttachTargetInput;
  resourceId: string;
  title: string;
}) {
  const t = useTranslations("tools.attach");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="ml-2 min-h-6 text-sm text-danger underline"
        onClick={async () => {
          const result = await detachResourceAction(networkSlug, { resourceId, ...target });
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        {t("detach")}
        <span className="sr-only"> {title}</span>
      </button>
      {error ? <span role="alert" className="ml-2 text-sm text-danger">{error}</span> : null}
    </>
  );
}
