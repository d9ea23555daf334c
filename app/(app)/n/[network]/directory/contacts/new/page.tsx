import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContactForm } from "@/features/directory/components/contact-form";
import { PageHeader } from "@/components/ui/page-header";
import { listOrganisationOptions } from "@/features/directory/queries";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues } from "@/lib/url";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("directory.contact.newTitle");

export default async function NewContactPage({
  params,
  searchParams,
}: PageProps<"/n/[network]/directory/contacts/new">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "directory.writeOwn");
  const all = ctx.can("directory.write");
  if (!all && !ctx.organisationId) notFound();
  const options = await listOrganisationOptions(ctx.db, { networkId: ctx.network.id });
  const organisations = all ? options : options.filter((o) => o.id === ctx.organisationId);
  const requested = firstValues(await searchParams).organisation;
  const t = await getTranslations("directory.contact");
  return (
    <ClientMessages namespaces={["directory"]}>
      <PageHeader title={t("newTitle")} />
      <ContactForm
        networkSlug={ctx.network.slug}
        organisations={organisations}
        allowNoOrganisation={all}
        values={{
          organisationId: organisations.some((o) => o.id === requested)
            ? requested
            : (organisations[0]?.id ?? null),
        }}
      />
    </ClientMessages>
  );
}
