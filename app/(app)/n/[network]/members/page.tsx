import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/features/members/components/invite-form";
import { MemberControls } from "@/features/members/components/member-controls";
import { RevokeInvitationButton } from "@/features/members/components/revoke-button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { listOrganisationOptions } from "@/features/directory/queries";
import { listMembers, listPendingInvitations } from "@/features/members/queries";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("members.title");

export default async function MembersPage({ params }: PageProps<"/n/[network]/members">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "members.read");
  const [t, tRoles, format] = [
    await getTranslations("members"),
    await getTranslations("roles"),
    await getFormatter(),
  ];
  const scope = { networkId: ctx.network.id };
  const manage = ctx.can("members.manage");
  const [members, pending, organisations] = await Promise.all([
    listMembers(ctx.db, scope),
    listPendingInvitations(ctx.db, scope),
    listOrganisationOptions(ctx.db, scope),
  ]);
  return (
    <ClientMessages namespaces={["members", "roles"]}>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Table
            caption={t("membersCaption")}
            headers={[
              t("name"),
              t("email"),
              t("role"),
              t("organisation"),
              t("lastSignIn"),
              ...(manage ? [t("manage")] : []),
            ]}
          >
            {members.map((m) => (
              <tr key={m.id}>
                <Td>
                  <span id={`member-${m.id}-name`}>{m.name}</span>
                </Td>
                <Td>{m.email}</Td>
                <Td>{tRoles(m.role)}</Td>
                <Td>{m.organisationName ?? "—"}</Td>
                <Td>
                  {m.lastSignInAt
                    ? format.dateTime(m.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
                    : t("never")}
                </Td>
                {manage ? (
                  <Td>
                    {m.userId === ctx.userId ? null : (
                      <MemberControls
                        networkSlug={ctx.network.slug}
                        member={{ id: m.id, name: m.name, role: m.role, organisationId: m.organisationId }}
                        organisations={organisations}
                      />
                    )}
                  </Td>
                ) : null}
              </tr>
            ))}
          </Table>
          <section aria-labelledby="pending-title">
            <h2 id="pending-title" className="mb-3 text-lg font-semibold">
              {t("pendingTitle")}
            </h2>
            {pending.length === 0 ? (
              <p className="text-muted">{t("pendingEmpty")}</p>
            ) : (
              <Table
                caption={t("pendingTitle")}
                headers={[t("email"), t("role"), t("expires"), t("actions")]}
              >
                {pending.map((i) => (
                  <tr key={i.id}>
                    <Td>{i.email}</Td>
                    <Td>{tRoles(i.role)}</Td>
                    <Td>{format.dateTime(i.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                    <Td>
                      {ctx.can("members.invite") ? (
                        <RevokeInvitationButton
                          networkSlug={ctx.network.slug}
                          invitationId={i.id}
                          email={i.email}
                        />
                      ) : null}
                    </Td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
        </div>
        {ctx.can("members.invite") ? (
          <Card>
            <CardTitle>{t("inviteTitle")}</CardTitle>
            <InviteForm networkSlug={ctx.network.slug} organisations={organisations} />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
