// The public SERD agenda of one network with nothing but node:http and postgres.js: the floor that
// bench:throughput compares the app's /agenda/<slug> with. Same data as the app's loadAgenda()
// (features/serd/agenda): the network with its running edition, else its latest; that edition's
// labelled occurrences (network and edition both in the where) in day and time order, the
// communes of the filter and the years of the network's editions, rendered as a plain HTML list.
// Usage: DATABASE_URL=postgres://… PORT=3999 node scripts/bench/minimal-agenda-server.mjs
// Serves GET /agenda/<slug>; prints "listening <port>" once ready.
import { createServer } from "node:http";
import postgres from "postgres";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL (PostgreSQL) is required");
// The app's own pool size (db/client.ts).
const sql = postgres(url, { max: 10, onnotice: () => {} });

const escapeHtml = (s) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );

async function loadAgenda(slug) {
  const [found] = await sql`
    select n.id as network_id, n.name as network_name, n.territory_label,
           e.id as edition_id, e.year, e.starts_on::text as starts_on, e.ends_on::text as ends_on,
           e.national_theme
    from networks n
    left join serd_editions e on e.network_id = n.id
    where n.slug = ${slug}
    order by (e.starts_on <= (now() at time zone 'Europe/Paris')::date
              and e.ends_on >= (now() at time zone 'Europe/Paris')::date) desc nulls last,
             e.year desc nulls last
    limit 1`;
  if (!found?.edition_id) return null;
  const networkId = found.network_id;
  const editionId = found.edition_id;
  const [occurrences, communes, years] = await Promise.all([
    sql`
      select o.id, o.date::text as date, to_char(o.start_time, 'HH24:MI') as start_time,
             to_char(o.end_time, 'HH24:MI') as end_time, o.place, o.address, c.name as commune_name,
             o.latitude, o.longitude, a.id as action_id, a.title, a.themes, a.target_publics, a.format,
             org.name as lead_name
      from serd_occurrences o
      join serd_actions a on a.id = o.action_id
      join organisations org on org.id = a.lead_organisation_id
      left join communes c on c.id = o.commune_id
      where a.network_id = ${networkId} and a.status = 'labelled' and a.edition_id = ${editionId}
        and o.network_id = ${networkId}
      order by o.date asc, o.start_time asc nulls first, a.title asc, o.id asc`,
    sql`
      select distinct c.id, c.name
      from serd_occurrences o
      join serd_actions a on a.id = o.action_id
      join communes c on c.id = o.commune_id
      where a.network_id = ${networkId} and a.status = 'labelled' and a.edition_id = ${editionId}
        and o.network_id = ${networkId} and c.network_id = ${networkId}
      order by c.name asc, c.id asc`,
    sql`select year from serd_editions where network_id = ${networkId} order by year desc`,
  ]);
  return { ...found, occurrences, communes, years: years.map((r) => r.year) };
}

function render(slug, data) {
  const byDay = new Map();
  for (const o of data.occurrences) {
    if (!byDay.has(o.date)) byDay.set(o.date, []);
    byDay.get(o.date).push(o);
  }
  const days = [...byDay]
    .map(
      ([day, list]) =>
        `<section><h2>${escapeHtml(day)}</h2><ul>${list
          .map(
            (o) =>
              `<li><a href="/agenda/${escapeHtml(slug)}/actions/${o.action_id}">${escapeHtml(o.title)}</a> ` +
              `${escapeHtml(o.start_time ?? "")}${o.end_time ? `–${escapeHtml(o.end_time)}` : ""} · ` +
              `${escapeHtml(o.place)} ${escapeHtml(o.address)} ${escapeHtml(o.commune_name)} · ${escapeHtml(o.lead_name)}</li>`,
          )
          .join("")}</ul></section>`,
    )
    .join("");
  const communes = data.communes
    .map((c) => `<option value="${c.id}">${escapeHtml(c.name)}</option>`)
    .join("");
  const years = data.years.map((y) => `<a href="/agenda/${escapeHtml(slug)}/${y}">${y}</a>`).join(" ");
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>SERD ${data.year} – ` +
    `${escapeHtml(data.network_name)}</title></head><body><h1>SERD ${data.year} – ${escapeHtml(data.network_name)}</h1>` +
    `<p>${escapeHtml(data.starts_on)} – ${escapeHtml(data.ends_on)} ${escapeHtml(data.national_theme)}</p>` +
    `<nav>${years}</nav><form><select name="commune"><option value="">Toutes</option>${communes}</select></form>` +
    `${days}</body></html>`
  );
}

const server = createServer(async (req, res) => {
  const match = /^\/agenda\/([a-z0-9-]+)\/?(?:\?.*)?$/.exec(req.url ?? "");
  try {
    const data = match ? await loadAgenda(match[1]) : null;
    if (!data) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res
      .writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "x-occurrences": String(data.occurrences.length),
      })
      .end(render(match[1], data));
  } catch (error) {
    console.error(error);
    res.writeHead(500, { "content-type": "text/plain" }).end("error");
  }
});

const port = Number(process.env.PORT || 3999);
server.listen(port, "127.0.0.1", () => console.log(`listening ${port}`));
const shutdown = () => server.close(() => void sql.end({ timeout: 5 }).then(() => process.exit(0)));
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
