// Runs once per server process, before the first request: validate the environment, apply
// migrations, and load the demo network into an empty development database.
export async function register() {
  // The one process.env read outside lib/env.ts: Next.js inlines NEXT_RUNTIME per bundle, and
  // only this literal comparison lets it drop the Node.js-only start-up code from the edge bundle.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/startup");
  await startServer();
}
