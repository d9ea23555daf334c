import { writeFileSync } from "node:fs";
// npm run bench:lighthouse [-- --no-build] – Lighthouse 12.8 (mobile preset) on five pages of a
// production build with the demo data: sign-in, network overview, contacts list, one meeting,
// public SERD agenda. Prints performance and accessibility scores, LCP, TBT, the HTML document's
// size (body bytes on the wire with the browser's Accept-Encoding, and decoded) and the route's
// first-load JS (gzip, from the build's diagnostics).
// Database: BENCH_DATABASE_URL set → that PostgreSQL database is dropped and recreated (its name
// must contain "bench", e.g. postgres://postgres@127.0.0.1:5432/relais_bench); unset → a fresh
// PGlite directory, .data/bench. Browser: CHROME_PATH, else /usr/bin/chromium.
// A figure, not a test: nothing fails on a low score. Scores vary with the machine's load.
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { firstLoadJs } from "./first-load.mjs";
import {
  buildUnlessSkipped,
  demo,
  fetchPage,
  findMeetingPath,
  freshDatabase,
  log,
  printTable,
  runBench,
  signIn,
  startNext,
} from "./server.mjs";

const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Body bytes as sent (compressed as a browser would ask) and decoded. */
function documentBytes(url, cookie) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { "accept-encoding": "br, gzip, deflate", ...(cookie ? { cookie } : {}) } },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          const decode = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync }[encoding];
          resolve({
            status: res.statusCode,
            transfer: raw.length,
            decoded: (decode ? decode(raw) : raw).length,
          });
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

await runBench(async (onCleanup) => {
  buildUnlessSkipped();
  const db = await freshDatabase(process.env.BENCH_DATABASE_URL);
  const server = await startNext(db.env);
  onCleanup(server.stop);
  const cookie = await signIn(server.baseUrl);
  const slug = demo.slug;
  const pages = [
    { name: "sign-in", path: "/signin", route: "/signin", cookie: null },
    { name: "overview", path: `/n/${slug}`, route: "/n/[network]", cookie },
    {
      name: "contacts",
      path: `/n/${slug}/directory/contacts`,
      route: "/n/[network]/directory/contacts",
      cookie,
    },
    {
      name: "meeting",
      path: await findMeetingPath(server.baseUrl, cookie),
      route: "/n/[network]/meetings/[id]",
      cookie,
    },
    { name: "public agenda", path: `/agenda/${slug}`, route: "/agenda/[network]", cookie: null },
  ];
  // One unmeasured request each, so that no page pays for the server's first-request work.
  for (const p of pages) await fetchPage(server.baseUrl + p.path, p.cookie);

  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags,
  });
  onCleanup(async () => chrome.kill());
  const js = firstLoadJs();
  const rows = [];
  let version = "";
  for (const p of pages) {
    const url = server.baseUrl + p.path;
    log(`lighthouse ${p.path}`);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: p.cookie ? { Cookie: p.cookie } : undefined,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse returned nothing for ${p.path}`);
    version = lhr.lighthouseVersion;
    // The whole report, for the audits behind a score (main-thread breakdown, bootup time…).
    writeFileSync(`.data/lighthouse-${p.name.replace(/\W+/g, "-")}.json`, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`${p.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (lhr.finalDisplayedUrl !== url) throw new Error(`${p.path}: ended on ${lhr.finalDisplayedUrl}`);
    const html = await documentBytes(url, p.cookie);
    if (html.status !== 200) throw new Error(`${p.path}: HTTP ${html.status}`);
    const score = (c) => (lhr.categories[c]?.score ?? NaN).toFixed(2);
    const ms = (a) => Math.round(lhr.audits[a]?.numericValue ?? NaN);
    const kb = (n) => (n === undefined ? "–" : (n / 1024).toFixed(1));
    rows.push([
      p.name,
      p.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, "<id>"),
      score("performance"),
      score("accessibility"),
      ms("largest-contentful-paint"),
      ms("total-blocking-time"),
      kb(html.transfer),
      kb(html.decoded),
      kb(js.get(p.route)?.gzip),
    ]);
  }
  console.log(
    `\nLighthouse ${version} (mobile preset, simulated throttling), ${db.kind}, ${new Date().toISOString()}`,
  );
  printTable(
    [
      "page",
      "path",
      "perf",
      "a11y",
      "LCP ms",
      "TBT ms",
      "HTML kB (wire)",
      "HTML kB (decoded)",
      "first-load JS kB gz",
    ],
    rows,
  );
});
