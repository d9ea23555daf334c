// GET /api/n/[network]/tools/resources/[id]/pdf – a fiche méthode as a printable PDF
import { buildFichePdf, getMethodSheet, getResource, listMethodSheetAuthors } from "@/features/tools/queries";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string }>("tools.read", async (_request, ctx, { id }) => {
  const scope = { networkId: ctx.network.id, resourceId: id };
  const row = await getResource(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, canModerate: ctx.can("tools.publish"), id });
  if (!row || row.resource.kind !== "method_sheet") return null;
  const sections = await getMethodSheet(ctx.db, scope);
  if (!sections) return null;
  const authors = await listMethodSheetAuthors(ctx.db, scope);
  const pdf = await buildFichePdf({ title: row.resource.title, networkName: ctx.network.name, authors, sections });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="fiche-methode.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
});
