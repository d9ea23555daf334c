import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContactForm } from "@/features/directory/components/contact-form";
import { PageHeader } from "@/components/ui/page-header";
import { getContact, listOrganisationOptions } from "@/features/directory/queries";
import { canEditOrganisation } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { ClientMessages } from "@/components/client-messages";

export default async function EditContactPage({
  params,
}: PageProps<"/n/[network]/directory/contacts/[id]/edit">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "directory.writeOwn");
  if (!isUuid(id)) notFound();
  const contact = await getContact(ctx.db, { networkId: ctx.network.id, id });
  if (!contact || !canEditOrganisation(ctx, contact.organisationId)) notFound();
  const all = ctx.can("directory.write");
  const options = await listOrganisationOptions(ctx.db, { networkId: ctx.network.id });
  const t = await getTranslations("directory.contact");
  return (
    <ClientMessages namespaces={["directory"]}>
      <PageHeader title={t("editTitle", { name: `${contact.firstName} ${contact.lastName}` })} />
      <ContactForm
        networkSlug={ctx.network.slug}
        organisations={all ? options : options.filter((o) => o.id === ctx.organisationId)}
        allowNoOrganisation={all}
        values={contact}
      />
    </ClientMessages>
  );
}
