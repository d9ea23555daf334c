import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Each page and layout hands the client only the message namespaces its client components use
// (<ClientMessages namespaces={[…]}>). A client component rendered without its namespace shows
// "attendance.checkIn.summary" instead of French: this reads the code the way the bundler does
// (from each route file through its imports to the "use client" modules and everything they
// import) and checks that each route file provides exactly what its client components use. The
// root layout provides nothing: pages without client translations load no next-intl at all.

const root = path.resolve(import.meta.dirname, "..");
const routeFile = /^(page|layout|not-found|error|global-error|template|loading|default)\.tsx$/;

type Module = {
  file: string;
  client: boolean;
  actions: boolean;
  /** Reads next-intl in the browser (any hook): needs a provider above it. */
  intl: boolean;
  imports: string[];
  namespaces: string[];
};
const modules = new Map<string, Module>();

function resolve(spec: string, from: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const p = base + ext;
    if (fs.existsSync(p) && fs.statSync(p).isFile()) return p;
  }
  return null;
}

const staticImport = /^\s*(?:import|export)\s+(?!type\s)([^;]*?\sfrom\s+)?["']([^"']+)["']/gm;
const dynamicImport = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
const translations = /\buseTranslations\(\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)?\s*\)/g;

function load(file: string): Module {
  const cached = modules.get(file);
  if (cached) return cached;
  const text = fs.readFileSync(file, "utf8");
  const directive = text.match(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["'](use client|use server)["']/)?.[1];
  const imports: string[] = [];
  let intl = false;
  for (const m of text.matchAll(staticImport)) {
    // `import { type A, type B } from "x"` brings no code.
    if (m[1] && /^\{\s*(type\s+\w+\s*,?\s*)+\}\s*from\s+$/.test(m[1])) continue;
    if (m[2] === "next-intl") intl = true;
    const p = resolve(m[2]!, file);
    if (p) imports.push(p);
  }
  for (const m of text.matchAll(dynamicImport)) {
    const p = resolve(m[1]!, file);
    if (p) imports.push(p);
  }
  const namespaces: string[] = [];
  for (const m of text.matchAll(translations)) {
    const literal = m[1] ?? m[2];
    if (literal !== undefined) namespaces.push(literal);
    else if (m[3] !== undefined) namespaces.push(m[3].split("${")[0]!.replace(/\.$/, "") || "*");
    else namespaces.push("*"); // useTranslations() with no namespace: the whole catalogue
  }
  // useMessages().import.fields[kind] reads one branch; a bare useMessages() reads them all.
  for (const m of text.matchAll(/\buseMessages\(\)((?:\.\w+)*)/g)) namespaces.push(m[1]!.slice(1) || "*");
  const loaded: Module = {
    file,
    client: directive === "use client",
    actions: directive === "use server",
    intl,
    imports,
    namespaces,
  };
  modules.set(file, loaded);
  return loaded;
}

/** The modules of a route file that run in the browser: its client boundaries and all they import. */
function clientModules(entry: string): Module[] {
  const seen = new Set<string>();
  const out: Module[] = [];
  const walk = (file: string, inClient: boolean) => {
    const key = `${inClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const m = load(file);
    if (m.actions) return; // a "use server" module reaches the client as references, not code
    const client = inClient || m.client;
    if (client && !out.includes(m)) out.push(m);
    for (const next of m.imports) walk(next, client);
  };
  walk(entry, false);
  return out;
}

const covers = (provided: string, used: string) => used === provided || used.startsWith(`${provided}.`);
/** The smallest list of namespaces that covers every one used: a branch of a used namespace adds nothing. */
function minimalCover(used: Iterable<string>): string[] {
  const all = [...new Set(used)];
  return all.filter((n) => !all.some((o) => o !== n && covers(o, n))).sort();
}
function providedBy(file: string): string[] | null {
  const text = fs.readFileSync(file, "utf8");
  const lists = [...text.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)];
  if (lists.length === 0) return null;
  return lists.flatMap((m) => [...m[1]!.matchAll(/["']([^"']+)["']/g)].map((s) => s[1]!)).sort();
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? routeFiles(p) : routeFile.test(d.name) ? [p] : [];
  });
}

const routes = routeFiles(path.join(root, "app")).map((file) => {
  const client = clientModules(file);
  return {
    name: path.relative(root, file),
    file,
    used: minimalCover(client.flatMap((m) => m.namespaces)),
    intl: client.some((m) => m.intl),
    users: client
      .filter((m) => m.namespaces.length)
      .map((m) => `${path.relative(root, m.file)}: ${m.namespaces}`),
    provided: providedBy(file),
  };
});

describe("client message namespaces", () => {
  it("finds the client components of the pages (the analysis itself works)", () => {
    expect(routes.length).toBeGreaterThan(40);
    const attendance = routes.find((r) => r.name.endsWith("meetings/[id]/attendance/page.tsx"))!;
    expect(attendance.users.join("\n")).toContain("check-in-list.tsx: attendance");
    expect(attendance.used).toEqual(["attendance"]);
    const forgot = routes.find((r) => r.name === "app/(auth)/forgot-password/page.tsx")!;
    expect(forgot.used).toEqual(["auth"]);
    // The sign-in form takes its sentences as props (docs/decisions/0028): no client message.
    const signIn = routes.find((r) => r.name === "app/(auth)/signin/page.tsx")!;
    expect(signIn.users).toEqual([]);
    expect(signIn.intl).toBe(false);
  });

  it("uses no client translation that needs the whole catalogue", () => {
    expect(routes.filter((r) => r.used.includes("*")).map((r) => r.users)).toEqual([]);
  });

  it("gives each page exactly the namespaces its client components use", () => {
    const wrong = routes
      .filter((r) => r.provided !== null)
      .filter((r) => JSON.stringify(r.provided) !== JSON.stringify(r.used))
      .map((r) => ({ route: r.name, provided: r.provided, used: r.used, by: r.users }));
    expect(wrong).toEqual([]);
  });

  it("puts a provider on each page whose client components read next-intl, and none in layouts", () => {
    // A provider in a layout would hide the page's from it, or ship its namespaces to every page below.
    expect(routes.filter((r) => r.provided && r.name.endsWith("layout.tsx")).map((r) => r.name)).toEqual([]);
    const bare = routes.filter((r) => r.intl && r.provided === null);
    expect(bare.map((r) => ({ route: r.name, used: r.used, by: r.users }))).toEqual([]);
  });
});
