import type { ReactNode } from "react";
import { NetworkShell } from "@/components/shell/network-shell";
import { listUserNetworks } from "@/features/networks/queries";
import { requireMembership, requireUser } from "@/server/access/server";

export default async function NetworkLayout({ children, params }: LayoutProps<"/n/[network]">) {
  const { network } = await params;
  const user = await requireUser();
  const ctx = await requireMembership(network);
  const networks = await listUserNetworks(ctx.db, { userId: user.id });
  return (
    <NetworkShell ctx={ctx} userName={user.name} networks={networks} isPlatformAdmin={user.isPlatformAdmin}>
      {children as ReactNode}
    </NetworkShell>
  );
}
