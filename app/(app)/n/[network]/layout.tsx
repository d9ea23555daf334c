import type { ReactNode } from "react";
import { NetworkShell } from "@/components/shell/network-shell";
import { listUserNetworks } from "@/features/networks/queries";
import { countUnreadNotifications } from "@/features/serd/notifications";
import { requireMembership, requireUser } from "@/server/access/server";

export default async function NetworkLayout({ children, params }: LayoutProps<"/n/[network]">) {
  const { network } = await params;
  const user = await requireUser();
  const ctx = await requireMembership(network);
  const [networks, unreadSubmissions] = await Promise.all([
    listUserNetworks(ctx.db, { userId: user.id }),
    ctx.can("serd.review") ? countUnreadNotifications(ctx.db, { networkId: ctx.network.id, userId: user.id }) : 0,
  ]);
  return (
    <NetworkShell
      ctx={ctx}
      userName={user.name}
      networks={networks}
      isPlatformAdmin={user.isPlatformAdmin}
      unreadSubmissions={unreadSubmissions}
    >
      {children as ReactNode}
    </NetworkShell>
  );
}
