"use client";
import { useTransition, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { archiveContactAction, archiveOrganisationAction } from "@/features/directory/actions";

/**
 * Archive or restore an organisation or a person; the page refreshes from the server. The page
 * gives the label ("Archiver" / "Restaurer"), so that no directory message reaches the client.
 */
export function ArchiveButton({
  networkSlug,
  kind,
  id,
  archived,
  label,
}: {
  networkSlug: string;
  kind: "organisation" | "contact";
  id: string;
  archived: boolean;
  label: string;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const action = kind === "organisation" ? archiveOrganisationAction : archiveContactAction;
  return (
    <>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await action(networkSlug, { id, archived: !archived });
            setError(result.ok ? null : result.error);
          })
        }
      >
        {label}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  );
}
