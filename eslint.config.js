import fs from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const root = import.meta.dirname;
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

// A feature reaches another only through its public modules: reads, writes, input schemas and
// client-safe constants. Components, actions and internal helpers stay private to their area.
// `indicators.ts`: an area's figures for the dashboard's registry (features/dashboards/indicator-list.ts).
const publicModules = ["./queries.ts", "./mutations.ts", "./schemas.ts", "./constants.ts", "./indicators.ts"];
// The few pairs allowed beyond that, each for a reason.
const allowedPairs = {
  // Creating a network invites its first coordinator with the members' own invitation code.
  networks: { members: ["./invitations.ts"] },
  // Recorded values are imported from the same CSV/XLSX files as the directory: one file reader.
  dashboards: { directory: ["./import/parse-file.ts"] },
  // The yearly review draws the dashboard's charts from the same geometry and writes its numbers
  // and comparisons in the same words (pure modules: the review is an HTML string, not React).
  reports: { dashboards: ["./chart-geometry.ts", "./format-value.ts"] },
};
const features = fs
  .readdirSync(path.join(root, "features"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const crossFeatureZones = features.flatMap((f) =>
  features
    .filter((g) => g !== f)
    .map((g) =>
      zone(
        `./features/${f}`,
        `./features/${g}`,
        `features/${f} may use features/${g} only through its queries, mutations, schemas or constants.`,
        [...publicModules, ...(allowedPairs[f]?.[g] ?? [])],
      ),
    ),
);

// --- "use client" files must not pull zod schemas into the browser bundle -------------------
const resolveCache = new Map();
function resolveLocal(spec, fromFile) {
  let base;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(fromFile), spec);
  else return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const p = base + ext;
    if (fs.existsSync(p) && fs.statSync(p).isFile()) return p;
  }
  return null;
}
const valueImport = /^\s*(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm;
function buildsZod(file, seen = new Set()) {
  if (resolveCache.has(file)) return resolveCache.get(file);
  if (seen.has(file)) return false;
  seen.add(file);
  const text = fs.readFileSync(file, "utf8");
  // A "use server" module reaches the client as references to its actions, never as code.
  if (/^\s*["']use server["']/.test(text)) return false;
  let result = false;
  for (const m of text.matchAll(valueImport)) {
    const spec = m[1];
    if (spec === "zod" || spec.startsWith("zod/")) result = true;
    else {
      const next = resolveLocal(spec, file);
      if (next && buildsZod(next, seen)) result = true;
    }
    if (result) break;
  }
  resolveCache.set(file, result);
  return result;
}
const relais = {
  rules: {
    "client-no-zod": {
      meta: {
        type: "problem",
        messages: {
          zod: "A \"use client\" module imports {{spec}}, which builds zod schemas: move the values it needs to a client-safe constants module.",
        },
      },
      create(context) {
        let client = false;
        return {
          Program(node) {
            client = node.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use client");
          },
          ImportDeclaration(node) {
            if (!client || node.importKind === "type") return;
            if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type")) return;
            const spec = node.source.value;
            const file = resolveLocal(spec, context.filename);
            if (spec === "zod" || spec.startsWith("zod/") || (file && buildsZod(file))) {
              context.report({ node, messageId: "zod", data: { spec } });
            }
          },
        };
      },
    },
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "drizzle/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    plugins: { relais },
    // no-cycle follows our own modules only: parsing node_modules costs a minute and finds nothing.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      // Only server/env.ts reads the environment (validated with zod).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from server/env.ts." },
      ],
      "relais/client-no-zod": "error",
      "import/no-cycle": ["error", { ignoreExternal: true }],
      // Import boundaries (bulletproof-react style): the arrows only point one way.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            zone("./lib", "./server", "lib/ is pure and client-safe: it does not use server infrastructure."),
            zone("./lib", "./db", "lib/ is pure and client-safe: it does not touch the database."),
            zone("./lib", "./features", "lib/ holds domain-free rules: features use it, not the reverse."),
            zone("./lib", "./components", "lib/ does not depend on UI."),
            zone("./lib", "./app", "lib/ does not depend on routes."),
            zone("./components", "./db", "Shared components never touch the database."),
            zone("./components/ui", "./server", "UI primitives are domain-free and client-safe."),
            zone("./components/ui", "./features", "UI primitives are domain-free."),
            zone("./server", "./features", "Infrastructure does not depend on features."),
            zone("./server", "./components", "Infrastructure does not depend on UI."),
            zone("./server", "./app", "Infrastructure does not depend on routes."),
            zone("./db", "./features", "The schema does not depend on features."),
            zone("./db", "./server", "The database layer uses only the env module of server/.", ["./env.ts"]),
            zone("./db", "./app", "The schema does not depend on routes."),
            zone("./features", "./app", "Features do not depend on routes."),
            zone("./features", "./scripts", "Features do not depend on scripts."),
            ...crossFeatureZones,
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "server/env.ts",
      "**/*.config.{js,mjs,ts,mts}",
      "scripts/**",
      "e2e/**",
      "test/**",
      "**/*.test.ts",
      ".ci/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Tests may reach across layers to set up and check what they need.
    files: ["**/*.test.ts", "test/**", "e2e/**"],
    rules: { "import/no-restricted-paths": "off" },
  },
];
export default config;
