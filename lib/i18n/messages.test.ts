import { describe, expect, it } from "vitest";
import { messages, translator } from "./messages";

const { fr, en } = messages;

function keys(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value))
    return [`${prefix}[${value.length}]`, ...value.flatMap((v, i) => keys(v, `${prefix}[${i}]`))];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("messages", () => {
  it("has the same keys in French and English", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it("has no empty message", () => {
    const leaves = (o: unknown): string[] =>
      typeof o === "string" ? [o] : Object.values(o as object).flatMap(leaves);
    expect([...leaves(fr), ...leaves(en)].filter((s) => !s.trim())).toEqual([]);
  });

  it("formats dates in Europe/Paris, in the user's language", () => {
    const date = new Date("2026-11-28T09:00:00Z");
    expect(translator("fr")("mail.invitation.expiry", { date })).toBe(
      "Ce lien personnel ne sert qu'une fois et expire le 28 novembre 2026 à 10:00.",
    );
    expect(translator("en")("mail.invitation.expiry", { date })).toContain("November 28, 2026");
  });
});
