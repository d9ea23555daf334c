import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ActionView } from "@/features/serd/components/agenda/action-view";
import { getDb } from "@/db/client";
import { getPublicAction, getPublicNetwork } from "@/features/serd/agenda/queries";
import { isUuid } from "@/lib/domain/ids";
import { translator } from "@/lib/i18n/messages";

// The public page of one labelled SERD action: anything else (another network's, a draft) is 404.
const findAction = cache(async (slug: string, id: string) => {
  if (!isUuid(id)) return null;
  const network = await getPublicNetwork(getDb(), { slug });
  if (!network) return null;
  const action = await getPublicAction(getDb(), { networkId: network.id, id });
  return action ? { network, action } : null;
});

export async function generateMetadata({
  params,
}: PageProps<"/agenda/[network]/actions/[id]">): Promise<Metadata> {
  await connection();
  const { network, id } = await params;
  const found = await findAction(network, id);
  if (!found) return {};
  const t = translator(await getLocale());
  return {
    title: found.action.title,
    description: t("agenda.action.metaDescription", {
      title: found.action.title,
      year: found.action.edition.year,
      network: found.network.name,
    }),
  };
}

export default async function PublicActionPage({ params }: PageProps<"/agenda/[network]/actions/[id]">) {
  await connection();
  const { network, id } = await params;
  const found = await findAction(network, id);
  if (!found) notFound();
  return <ActionView network={found.network} action={found.action} locale={await getLocale()} />;
}
