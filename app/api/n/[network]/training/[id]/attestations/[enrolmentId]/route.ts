// GET /api/n/[network]/training/[id]/attestations/[enrolmentId] – the attestation de formation (PDF) of a trainee who completed
import { buildAttestation } from "@/features/training/queries";
import { ActionError } from "@/lib/action-result";
import { env } from "@/server/env";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string; enrolmentId: string }>(
  "training.write",
  async (_request, ctx, { id, enrolmentId }) => {
    try {
      const file = await buildAttestation(ctx.db, {
        networkId: ctx.network.id,
        cycleId: id,
        enrolmentId,
        signatoryUserId: ctx.userId,
        appUrl: env().APP_URL,
        locale: ctx.locale,
      });
      return new Response(new Uint8Array(file.pdf), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": `attachment; filename="${file.fileName}"`,
          "Cache-Control": "private, no-store",
        },
      });
    } catch (error) {
      if (error instanceof ActionError && error.code === "conflict")
        return Response.json({ error: ctx.t("training.errors.notCompleted") }, { status: 409 });
      if (error instanceof ActionError) return null;
      throw error;
    }
  },
);
