import { describe, expect, it } from "vitest";
import { escapeLike, nameKey, normaliseForSearch, searchTerms } from "./search";

describe("search normalisation", () => {
  it("drops accents, case and punctuation", () => {
    expect(normaliseForSearch("École Jules-Ferry", "Écocyclerie")).toBe("ecole jules ferry ecocyclerie");
    expect(normaliseForSearch("Cœur d'Alsace")).toBe("coeur d alsace");
    expect(normaliseForSearch("Léa.Martin@Exemple.fr")).toBe("lea.martin@exemple.fr");
  });

  it("splits a query into normalised words", () => {
    expect(searchTerms("  ÉCO  centre ")).toEqual(["eco", "centre"]);
    expect(searchTerms("")).toEqual([]);
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLike("100%_sur")).toBe("100\\%\\_sur");
  });

  it("compares organisation names ignoring case, accents and punctuation", () => {
    expect(nameKey("Ressourcerie « Le Relais » !")).toBe(nameKey("ressourcerie le relais"));
  });
});
