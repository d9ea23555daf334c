// npm run bench:upload [-- --no-build] – the server's memory while a library document is streamed
// in (POST /api/n/[network]/tools/resources/upload) and back out (the download route). Starts
// `next start` with the demo data, signs in as the demo coordinator, sends a file of
// BENCH_UPLOAD_MB megabytes (default 49.9, just under the 50 MB limit) read from disk as it is
// sent, and samples the resident memory (VmRSS) of every process of the server's group every
// 50 ms. Prints the RSS before, the peak during the upload, the peak during the download.
// BENCH_DATABASE_URL: a PostgreSQL database whose name contains "bench" (dropped and recreated);
// without it, an embedded PGlite. A figure, not a test: it depends on the machine.
import { openAsBlob, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { buildUnlessSkipped, demo, freshDatabase, log, printTable, runBench, signIn, startNext } from "./server.mjs";

const megabytes = Number(process.env.BENCH_UPLOAD_MB || 49.9);
const size = Math.round(megabytes * 1_000_000);

/** Resident memory (bytes) of each process whose group is `pgid`. */
function groupRss(pgid) {
  const out = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      out.push({ pid: Number(entry), rss: kb * 1024 });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** Samples the group's largest process (the server) every 50 ms until stopped; returns the peak. */
function sampler(pgid) {
  let peak = 0;
  let total = 0;
  const tick = () => {
    const rows = groupRss(pgid);
    peak = Math.max(peak, ...rows.map((r) => r.rss));
    total = Math.max(total, rows.reduce((s, r) => s + r.rss, 0));
  };
  tick();
  const timer = setInterval(tick, 50);
  return () => {
    clearInterval(timer);
    tick();
    return { peak, total };
  };
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

await runBench(async (onCleanup) => {
  buildUnlessSkipped();
  const db = await freshDatabase(process.env.BENCH_DATABASE_URL);
  const server = await startNext(db.env);
  onCleanup(server.stop);
  const cookie = await signIn(server.baseUrl);
  const pgid = server.child.pid;

  mkdirSync(".data", { recursive: true });
  const path = ".data/bench-upload.pdf";
  // Written 1 MB at a time: the bench's own memory does not hold the file either.
  writeFileSync(path, "%PDF-1.7\n");
  const block = Buffer.alloc(1_000_000, 0x41);
  for (let left = size - 9; left > 0; left -= block.length) writeFileSync(path, block.subarray(0, Math.min(left, block.length)), { flag: "a" });

  // Let the server settle after start-up and sign-in, then take the baseline.
  await new Promise((r) => setTimeout(r, 3000));
  const before = sampler(pgid)();
  const fields = new TextEncoder().encode(
    JSON.stringify({ title: `Bench ${megabytes} Mo`, fileName: "bench.pdf", fileType: "application/pdf" }),
  );
  const body = new Blob([fields, await openAsBlob(path)]);
  log(`uploading ${mb(size)} MiB (${size} bytes)`);
  const stopUpload = sampler(pgid);
  const started = Date.now();
  const response = await fetch(`${server.baseUrl}/api/n/${demo.slug}/tools/resources/upload`, {
    method: "POST",
    headers: { cookie, "x-relais-fields-length": String(fields.byteLength), "content-type": "application/octet-stream" },
    body,
  });
  const result = await response.json();
  const uploadSeconds = (Date.now() - started) / 1000;
  const upload = stopUpload();
  if (response.status !== 201) throw new Error(`upload: HTTP ${response.status} ${JSON.stringify(result)}`);

  const stopDownload = sampler(pgid);
  const startedDown = Date.now();
  const down = await fetch(`${server.baseUrl}/api/n/${demo.slug}/tools/resources/${result.data.id}/download`, { headers: { cookie } });
  let received = 0;
  for await (const chunk of down.body) received += chunk.length;
  const downloadSeconds = (Date.now() - startedDown) / 1000;
  const download = stopDownload();
  if (received !== size) throw new Error(`download: ${received} bytes, expected ${size}`);

  console.log(`\nFile: ${size} bytes (${mb(size)} MiB), database: ${db.kind}\n`);
  printTable(
    ["phase", "seconds", "server RSS peak (MiB)", "group RSS peak (MiB)"],
    [
      ["before (idle)", "-", mb(before.peak), mb(before.total)],
      ["upload", uploadSeconds.toFixed(1), mb(upload.peak), mb(upload.total)],
      ["download", downloadSeconds.toFixed(1), mb(download.peak), mb(download.total)],
    ],
    1,
  );
  console.log(`\nRSS growth during the upload: ${mb(upload.peak - before.peak)} MiB for a ${mb(size)} MiB file.`);
});
