// npm run bench:first-load – first-load JavaScript per route of the last `next build`
// (Next 16 no longer prints it): uncompressed and gzip bytes, from .next/diagnostics.
// firstLoadJs() is also used by bench:lighthouse.
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const statsFile = ".next/diagnostics/route-bundle-stats.json";

/** Map of route (e.g. "/n/[network]") to { raw, gzip } bytes of its first-load JS; empty without a build. */
export function firstLoadJs() {
  if (!existsSync(statsFile)) return new Map();
  const stats = JSON.parse(readFileSync(statsFile, "utf8"));
  const gz = new Map();
  const gzipped = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
    return gz.get(file);
  };
  return new Map(
    stats.map((r) => [
      r.route,
      {
        raw: r.firstLoadUncompressedJsBytes,
        gzip: r.firstLoadChunkPaths.reduce((s, f) => s + gzipped(f), 0),
      },
    ]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const rows = [...firstLoadJs()]
    .map(([route, sizes]) => ({ route, ...sizes }))
    .sort((a, b) => a.route.localeCompare(b.route));
  if (!rows.length) {
    console.error(`No ${statsFile}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const width = Math.max(...rows.map((r) => r.route.length));
  console.log(`${"route".padEnd(width)}  ${"uncompressed".padStart(12)}  ${"gzip".padStart(9)}`);
  for (const r of rows)
    console.log(`${r.route.padEnd(width)}  ${kb(r.raw).padStart(12)}  ${kb(r.gzip).padStart(9)}`);
}
