// Where to go after signing in: only a path of this site. The browser's URL parser reads "/\host"
// and "/\t/host" as "//host" (another site), so a backslash, a control character or white space
// anywhere refuses the path, and so does anything that does not resolve to this origin.

const base = "https://relais.invalid";
const forbidden = /[\\\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/** The same-origin path of `url` (path, query, fragment), or `fallback`. */
export function safeRedirectPath(url: string | null | undefined, fallback = "/n"): string {
  if (!url || !url.startsWith("/") || url.startsWith("//") || forbidden.test(url)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return fallback;
  }
  if (parsed.origin !== base) return fallback;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
