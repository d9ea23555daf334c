import { beforeAll, describe, expect, it } from "vitest";
import { testDb as db } from "@/test/db";
import { buildFiguresDataSet } from "@/test/factories/serd-figures";
import { getAllNetworksFigures, getEditionFigures } from "./figures";


let set: Awaited<ReturnType<typeof buildFiguresDataSet>>;
beforeAll(async () => {
  set = await buildFiguresDataSet(db);
});

const pick = <T extends Record<string, { actions: number; occurrences: number }>>(map: T) =>
  Object.fromEntries(
    Object.entries(map).map(([k, v]) => [k, { actions: v.actions, occurrences: v.occurrences }]),
  );

describe("SERD edition figures", () => {
  it("counts 74 occurrences of 56 labelled actions by 50 organisations, leads and co-organisers", async () => {
    const f = await getEditionFigures(db, { networkId: set.network.id, editionId: set.edition.id });
    expect(f).not.toBeNull();
    expect(f!.year).toBe(2014);
    expect(f!.occurrences).toBe(74);
    expect(f!.actions).toBe(56);
    expect(f!.organisations).toBe(50);
  });

  it("breaks them down by theme, public, organiser category and commune", async () => {
    const f = (await getEditionFigures(db, { networkId: set.network.id, editionId: set.edition.id }))!;
    expect(pick(f.byTheme)).toEqual(set.expected.byTheme);
    expect(pick(f.byPublic)).toEqual(set.expected.byPublic);
    expect(f.byCategory).toEqual(set.expected.byCategory);
    // The override counts: structure 06 (an association) is a business.
    expect(f.byCategory.business_industry!.organisations).toBe(11);
    expect(
      Object.fromEntries(
        f.byCommune.map((c) => [c.name, { actions: c.actions, occurrences: c.occurrences }]),
      ),
    ).toEqual(set.expected.byCommune);
    expect(f.byCommune.reduce((s, c) => s + c.occurrences, 0)).toBe(74);
  });

  it("sums actual participants and valued contributions of labelled actions only", async () => {
    const f = (await getEditionFigures(db, { networkId: set.network.id, editionId: set.edition.id }))!;
    expect(f.participants.actual).toBe(set.expected.actualParticipants);
    expect(f.participants.expected).toBe(74 * 20);
    expect(f.participants.occurrencesWithActual).toBe(74);
    expect(f.contributions.amountEur).toBe(34_700);
    expect(f.contributions.staffDays).toBe(39.5);
    expect(f.contributions.byKind).toEqual({ staff: 20_000, material: 8_700, cash: 6_000 });
  });

  it("gives the growth over the previous edition of the same network", async () => {
    const f = (await getEditionFigures(db, { networkId: set.network.id, editionId: set.edition.id }))!;
    expect(f.previous).toEqual({ year: 2013, occurrences: 50, actions: 40 });
    expect(f.growth).toEqual({ occurrences: 48, actions: 40 });
    const first = (await getEditionFigures(db, { networkId: set.network.id, editionId: set.previous.id }))!;
    expect(first.occurrences).toBe(50);
    expect(first.actions).toBe(40);
    expect(first.previous).toBeNull();
    expect(first.growth).toEqual({ occurrences: null, actions: null });
  });

  it("answers null for another network's edition", async () => {
    expect(
      await getEditionFigures(db, { networkId: set.network.id, editionId: set.otherEdition.id }),
    ).toBeNull();
    const other = (await getEditionFigures(db, { networkId: set.other.id, editionId: set.otherEdition.id }))!;
    expect(other.occurrences).toBe(2);
    expect(other.actions).toBe(1);
    expect(other.previous).toBeNull();
  });

  it("adds every network's edition of a year for the national figures", async () => {
    const f = await getAllNetworksFigures(db, { year: 2014 });
    expect(f.occurrences).toBe(76);
    expect(f.actions).toBe(57);
    expect(f.organisations).toBe(51);
    expect(f.contributions.amountEur).toBe(39_700);
    expect(f.previous).toEqual({ year: 2013, occurrences: 50, actions: 40 });
    expect(f.growth.actions).toBe(42.5);
    const none = await getAllNetworksFigures(db, { year: 2030 });
    expect(none.occurrences).toBe(0);
    expect(none.previous).toBeNull();
  });
});
