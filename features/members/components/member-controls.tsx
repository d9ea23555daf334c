"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { changeMemberRoleAction, removeMemberAction } from "@/features/members/actions";
import { roles, type Role } from "@/lib/domain/enums";

const select = "min-h-11 rounded-md border border-line bg-white px-2 py-1 text-base text-ink";

/** One member's row controls: role and organisation, saved together; removal after a confirmation. */
export function MemberControls({
  networkSlug,
  member,
  organisations,
}: {
  networkSlug: string;
  member: { id: string; name: string; role: Role; organisationId: string | null };
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const router = useRouter();
  const [role, setRole] = useState<Role>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisationId ?? "");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const changed = role !== member.role || organisationId !== (member.organisationId ?? "");
  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const result = await fn();
      setError(result.ok ? null : (result.error ?? null));
      if (result.ok) router.refresh();
    });
  const roleId = `member-${member.id}-role`;
  const orgId = `member-${member.id}-organisation`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {/* Named by title, not by a label's text: the cell's own name stays the row's role, so that
          the name cell is the only one that reads as the member's name. */}
      <select
        id={roleId}
        title={t("roleOf", { name: member.name })}
        className={select}
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {tRoles(r)}
          </option>
        ))}
      </select>
      {role === "partner" || role === "ambassador" ? (
        <>
          <select
            id={orgId}
            title={t("organisationOf", { name: member.name })}
            className={select}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
          >
            <option value="">{t("noOrganisation")}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {changed ? (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(() =>
              changeMemberRoleAction(networkSlug, {
                membershipId: member.id,
                role,
                organisationId: organisationId || null,
              }),
            )
          }
        >
          {t("saveRole")}
        </Button>
      ) : null}
      {confirming ? (
        <>
          <Button
            variant="danger"
            disabled={pending}
            onClick={() => run(() => removeMemberAction(networkSlug, { membershipId: member.id }))}
          >
            {t("confirmRemove")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </>
      ) : (
        <Button
          variant="secondary"
          onClick={() => setConfirming(true)}
          aria-describedby={`member-${member.id}-name`}
        >
          {t("remove")}
        </Button>
      )}
    </div>
  );
}
