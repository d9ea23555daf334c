// Deterministic generators for the demo data: a seeded PRNG, people with unique names and
// e-mail addresses, timestamps relative to the seeding day.

import { randomUUID } from "node:crypto";

const DAY = 86_400_000;

/** mulberry32: a tiny 32-bit seeded PRNG, plenty for demo data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** Lower-case ASCII form of a name, for email addresses. */
export function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ö/g, "o")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Picks the masculine or feminine form of a "masculine|feminine" title. */
export function gendered(title: string, female: boolean): string {
  const [masculine, feminine] = title.split("|");
  return (female ? feminine : masculine) ?? title;
}

/** Timestamps relative to the seeding day, at office hours (UTC). */
export function clock(now: Date, rng: Rng) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return (daysAgo: number) =>
    new Date(today - Math.max(1, daysAgo) * DAY + rng.int(7, 16) * 3_600_000 + rng.int(0, 59) * 60_000);
}

export type NameLists = { female: readonly string[]; male: readonly string[]; last: readonly string[] };

/** Generates people with distinct full names and distinct e-mail addresses within one network. */
export class People {
  private readonly names = new Set<string>();
  private readonly emails = new Set<string>();
  private lastNameDeck: string[] = [];
  constructor(
    private readonly rng: Rng,
    private readonly lists: NameLists,
    private readonly phonePrefixes: readonly string[],
  ) {}
  reserve(firstName: string, lastName: string, email: string): void {
    this.names.add(`${firstName} ${lastName}`);
    this.emails.add(email);
  }
  person(): { firstName: string; lastName: string; female: boolean } {
    for (;;) {
      const female = this.rng.chance(0.56);
      const firstName = this.rng.pick(female ? this.lists.female : this.lists.male);
      const lastName = this.nextLastName();
      const key = `${firstName} ${lastName}`;
      if (firstName !== lastName && !this.names.has(key)) {
        this.names.add(key);
        return { firstName, lastName, female };
      }
    }
  }
  /** Last names come from a shuffled deck, so that each is used about as often as the others. */
  private nextLastName(): string {
    if (this.lastNameDeck.length === 0) this.lastNameDeck = this.rng.shuffle(this.lists.last);
    return this.lastNameDeck.pop() as string;
  }
  email(firstName: string, lastName: string, domain: string): string {
    const base = `${slugify(firstName)}.${slugify(lastName)}`;
    let email = `${base}@${domain}`;
    for (let n = 2; this.emails.has(email); n++) email = `${base}${n}@${domain}`;
    this.emails.add(email);
    return email;
  }
  /** A number in the ranges ARCEP reserves for fiction, French format. */
  phone(): string {
    const pair = () => String(this.rng.int(0, 99)).padStart(2, "0");
    return `${this.rng.pick(this.phonePrefixes)} ${pair()} ${pair()}`;
  }
}

/** A new row id (typed as a plain string). */
export function newId(): string {
  return randomUUID();
}
