import "server-only";
import { nameKey } from "@/lib/domain/search";
// The message files themselves, not lib/i18n/messages.ts: scripts (the bench) run this module
// outside Next.js, where next-intl's React build cannot load.
import en from "@/lib/i18n/messages/en/directory.json";
import fr from "@/lib/i18n/messages/fr/directory.json";

// Cell text → typed value. Enumerations are accepted as their key or their label in French or
// English (the directory's labels, which the export writes), communes by name or INSEE code.

export type Converted<T> = { ok: true; value: T } | { ok: false; key: string; value: string };

const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
const fail = (key: string, value: string): Converted<never> => ({ ok: false, key, value });

type LabelGroup = "actorTypes" | "statuses" | "ewwr" | "legalBases";

/** key, French label and English label (normalised) → key. */
function labelIndex(group: LabelGroup): Map<string, string> {
  const index = new Map<string, string>();
  for (const messages of [fr, en]) {
    const labels = messages.directory[group] as Record<string, string>;
    for (const [key, label] of Object.entries(labels)) {
      index.set(nameKey(key), key);
      index.set(nameKey(label), key);
    }
  }
  return index;
}

const enumIndexes = new Map<LabelGroup, Map<string, string>>();

export function parseEnum<T extends string>(group: LabelGroup, cell: string): Converted<T> {
  let index = enumIndexes.get(group);
  if (!index) enumIndexes.set(group, (index = labelIndex(group)));
  const key = index.get(nameKey(cell));
  return key ? ok(key as T) : fail("import.row.unknownValue", cell);
}

const yes = new Set(["oui", "o", "yes", "y", "true", "vrai", "1", "x"]);
const no = new Set(["non", "n", "no", "false", "faux", "0"]);

export function parseBoolean(cell: string): Converted<boolean> {
  const key = nameKey(cell);
  if (key === "" || no.has(key)) return ok(false);
  if (yes.has(key)) return ok(true);
  return fail("import.row.boolean", cell);
}

/**
 * A consent cell: a date (kept as the date of consent), or yes / no. Dates are stored at noon UTC
 * so that they fall on the same calendar day in every European time zone.
 */
export function parseConsent(cell: string): Converted<{ given: boolean; date: Date | null }> {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec(cell);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  const parts = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : null;
  if (parts) {
    const [y, m, d] = parts.map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d, 12));
    if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return fail("import.row.consent", cell);
    return ok({ given: true, date });
  }
  const answer = parseBoolean(cell);
  return answer.ok ? ok({ given: answer.value, date: null }) : fail("import.row.consent", cell);
}

/** A decimal number, with a comma or a point. */
export function parseNumber(cell: string): Converted<string> {
  const normalised = cell.replace(/\s/g, "").replace(",", ".");
  return normalised === "" || Number.isFinite(Number(normalised))
    ? ok(normalised)
    : fail("import.row.number", cell);
}

/** A spreadsheet guard added by the CSV export ("'=…") is removed on the way back. */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

type Named = { id: string; name: string };

/** Finds rows of the network by a case-, accent- and punctuation-insensitive name. */
export class NameIndex<T extends Named> {
  private readonly byKey = new Map<string, T[]>();
  constructor(items: T[]) {
    for (const item of items) {
      const key = nameKey(item.name);
      const list = this.byKey.get(key);
      if (list) list.push(item);
      else this.byKey.set(key, [item]);
    }
  }
  find(name: string): T[] {
    return this.byKey.get(nameKey(name)) ?? [];
  }
}

export type CommuneRef = Named & { inseeCode: string };

export class CommuneIndex {
  private readonly byName: NameIndex<CommuneRef>;
  private readonly byInsee: Map<string, CommuneRef>;
  readonly byId: Map<string, CommuneRef>;
  constructor(communes: CommuneRef[]) {
    this.byName = new NameIndex(communes);
    this.byInsee = new Map(communes.map((c) => [c.inseeCode.toUpperCase(), c]));
    this.byId = new Map(communes.map((c) => [c.id, c]));
  }
  /** By INSEE code (a spreadsheet may have dropped its leading zero) or by name. */
  find(cell: string): Converted<CommuneRef> {
    const code = cell.toUpperCase();
    if (/^(\d{5}|2[AB]\d{3}|\d{4})$/.test(code)) {
      const commune = this.byInsee.get(code.padStart(5, "0"));
      if (commune) return ok(commune);
    }
    const found = this.byName.find(cell);
    if (found.length === 1) return ok(found[0]!);
    return fail(found.length ? "import.row.ambiguousCommune" : "import.row.unknownCommune", cell);
  }
}
