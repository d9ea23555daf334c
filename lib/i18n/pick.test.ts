import { describe, expect, it } from "vitest";
import { messages } from "./messages";
import { pick } from "./pick";

describe("pick", () => {
  const catalogue = { a: { x: "1", y: { z: "2" } }, b: { w: "3" }, c: "4" };

  it("keeps only the given namespaces, whole or as one branch", () => {
    expect(pick(catalogue, ["b"])).toEqual({ b: { w: "3" } });
    expect(pick(catalogue, ["a.y", "c"])).toEqual({ a: { y: { z: "2" } }, c: "4" });
    expect(pick(catalogue, [])).toEqual({});
  });

  it("does not narrow a namespace already picked whole, whatever the order", () => {
    expect(pick(catalogue, ["a", "a.y"])).toEqual({ a: catalogue.a });
    expect(pick(catalogue, ["a.y", "a"])).toEqual({ a: catalogue.a });
  });

  it("refuses a namespace that does not exist, instead of shipping nothing silently", () => {
    expect(() => pick(catalogue, ["a.nope"])).toThrow(/a\.nope/);
  });

  it("picks from the real catalogues in both languages", () => {
    expect(pick(messages.fr, ["auth"])).toEqual({ auth: messages.fr.auth });
    expect(Object.keys(pick(messages.en, ["shell", "errors"]))).toEqual(["shell", "errors"]);
  });
});
