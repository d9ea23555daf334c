// npm test – everything, in the order a failure is cheapest to find:
// typecheck, lint, unit and integration tests, production build, end-to-end tests.
import { spawnSync } from "node:child_process";

const steps = [
  ["typecheck", "npm", ["run", "--silent", "typecheck"]],
  ["lint", "npm", ["run", "--silent", "lint"]],
  ["unit and integration tests", "./node_modules/.bin/vitest", ["run"]],
  ["build", "./node_modules/.bin/next", ["build"]],
  ["end-to-end tests", "node", ["scripts/e2e.mjs"]],
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const started = Date.now();
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${secs} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${secs} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
