import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AcceptInvitationForm } from "@/features/members/components/accept-invitation-form";
import { getDb } from "@/db/client";
import { findInvitationByToken } from "@/features/members/invitations";
import { getSessionUser } from "@/server/auth/session";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("invitation.title");

export default async function InvitationPage({ params }: PageProps<"/invitation/[token]">) {
  const t = await getTranslations("invitation");
  const tRoles = await getTranslations("roles");
  const { token } = await params;
  const invitation = token.length <= 200 ? await findInvitationByToken(getDb(), token) : null;
  // Unknown, expired, used or replaced: 404 with the explanation of not-found.tsx.
  if (!invitation || invitation.status !== "valid") notFound();
  const user = await getSessionUser();
  return (
    <ClientMessages namespaces={["invitation"]}>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6">
        {t("intro", {
          network: invitation.networkName,
          role: tRoles(invitation.role),
          email: invitation.email,
        })}
      </p>
      <AcceptInvitationForm token={token} hasAccount={invitation.hasAccount} signedIn={Boolean(user)} />
    </ClientMessages>
  );
}
