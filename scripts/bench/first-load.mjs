// npm run bench:first-load – first-load JavaScript per route of the last `next build`
// (Next 16 no longer prints it): uncompressed and gzip bytes, from .next/diagnostics.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));
const gz = new Map();
const gzipped = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gz.get(file);
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = stats
  .map((r) => ({ route: r.route, raw: r.firstLoadUncompressedJsBytes, gzip: r.firstLoadChunkPaths.reduce((s, f) => s + gzipped(f), 0) }))
  .sort((a, b) => a.route.localeCompare(b.route));
const width = Math.max(...rows.map((r) => r.route.length));
console.log(`${"route".padEnd(width)}  ${"uncompressed".padStart(12)}  ${"gzip".padStart(9)}`);
for (const r of rows) console.log(`${r.route.padEnd(width)}  ${kb(r.raw).padStart(12)}  ${kb(r.gzip).padStart(9)}`);
