// GET /api/n/[network]/directory/contacts/[id]/export – everything Relais holds about one person, as JSON (GDPR access right)
import { exportContactData, exportFileName } from "@/features/directory/gdpr/queries";
import { withNetwork } from "@/server/access/route";
import { audit } from "@/server/audit";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string }>(
  "directory.gdpr",
  async (_request, ctx, { id }) => {
    const data = await exportContactData(ctx.db, { networkId: ctx.network.id, id });
    if (!data) return null;
    await audit(ctx.db, { networkId: ctx.network.id, action: "directory.contactExported", entity: "contacts", entityId: id });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(data.contact, data.exportedAt)}"`,
        // Personal data: never kept by a browser or proxy cache.
        "Cache-Control": "no-store",
      },
    });
  },
);
