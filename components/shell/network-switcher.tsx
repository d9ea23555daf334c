"use client";
import { useRouter } from "next/navigation";

/** Shown only to people who belong to several networks; the label comes from the server. */
export function NetworkSwitcher({
  label,
  current,
  networks,
}: {
  label: string;
  current: string;
  networks: { slug: string; name: string }[];
}) {
  const router = useRouter();
  if (networks.length < 2) return null;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="network-switcher" className="text-sm font-semibold">
        {label}
      </label>
      <select
        id="network-switcher"
        value={current}
        onChange={(e) => router.push(`/n/${e.target.value}`)}
        className="min-h-11 rounded border border-line bg-white px-2 text-sm text-ink"
      >
        {networks.map((n) => (
          <option key={n.slug} value={n.slug}>
            {n.name}
          </option>
        ))}
      </select>
    </div>
  );
}
