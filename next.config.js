// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and argon2 a native binary: both must stay outside the server bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Metadata (the <title>) is rendered in <head> before the page for every visitor, not streamed
  // after it: screen readers announce the title first (RGAA 8.5, 8.6).
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  // The directory import uploads files of up to 8 MB through a server action (docs/decisions/0006).
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
};

export default withNextIntl(nextConfig);
