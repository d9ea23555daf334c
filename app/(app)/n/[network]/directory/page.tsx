import { notFound, redirect } from "next/navigation";
import { directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";

export default async function DirectoryPage({ params }: PageProps<"/n/[network]/directory">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "directory.read");
  const base = `/n/${ctx.network.slug}/directory`;
  if (directoryScope(ctx) !== "none") redirect(`${base}/organisations`);
  // Without access to the directory, a partner still reaches their own organisation.
  if (ctx.organisationId) redirect(`${base}/organisations/${ctx.organisationId}`);
  notFound();
}
