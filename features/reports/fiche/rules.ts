// Rules of a fiche's input that need two fields. Pure: each broken rule is a field and its message key.

export function fichePeriodErrors(p: { periodStart: string; periodEnd: string }): Record<string, string> {
  return p.periodEnd < p.periodStart ? { periodEnd: "fiches.errors.period" } : {};
}

/** Key-order-free JSON, to tell whether figures changed (jsonb does not keep the key order). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
