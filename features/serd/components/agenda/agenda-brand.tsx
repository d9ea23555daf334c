import type { PublicNetwork } from "@/features/serd/agenda/types";
import { readableOn } from "@/lib/colour";

/** The network's name and colour above its public pages (the brand colour, text chosen by contrast). */
export function AgendaBrand({ network }: { network: PublicNetwork }) {
  return (
    <div
      style={{
        ["--brand" as string]: network.brandColor,
        ["--brand-fg" as string]: readableOn(network.brandColor),
      }}
      className="mb-6 flex items-center gap-3 rounded-lg bg-brand px-4 py-3 text-brand-fg"
    >
      {network.logoUrl ? (
        // A network's own logo, from any host: plain img, not next/image's allow-list.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={network.logoUrl} alt="" className="h-10 w-auto rounded bg-white p-1" />
      ) : null}
      <p className="leading-tight">
        <span className="block text-lg font-bold">{network.name}</span>
        {network.territoryLabel ? <span className="block text-sm">{network.territoryLabel}</span> : null}
      </p>
    </div>
  );
}
