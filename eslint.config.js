import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const zone = (target, from, message) => ({ target, from, message });

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
    rules: {
      // Only lib/env.ts reads the environment (validated with zod).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from lib/env.ts." },
      ],
      // Import boundaries (bulletproof-react style): the arrows only point one way.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            zone(
              "./components",
              "./db",
              "Client components never touch the database: call an action or a route handler.",
            ),
            zone(
              "./components",
              "./features/*/queries.ts",
              "Components receive data as props or through TanStack Query.",
            ),
            zone(
              "./components",
              "./features/*/mutations.ts",
              "Components write through features/*/actions.ts.",
            ),
            zone("./features", "./app", "Domain code does not depend on routes."),
            zone("./features", "./components", "Domain code does not depend on UI."),
            zone("./lib", "./app", "lib/ does not depend on routes."),
            zone("./lib", "./components", "lib/ does not depend on UI."),
            zone("./db", "./features", "The schema does not depend on features."),
            zone("./db", "./app", "The schema does not depend on routes."),
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "lib/env.ts",
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
