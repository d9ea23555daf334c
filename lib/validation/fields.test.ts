import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkbox, list, optionalInt, optionalText, optionalUuid, requiredText, text } from "./fields";

describe("zod field helpers", () => {
  it("refuses control characters in text, but keeps tabs and line breaks", () => {
    expect(requiredText(50).safeParse("Léa\u0000Martin").success).toBe(false);
    expect(text(50).safeParse("a\u001bb").success).toBe(false);
    expect(optionalText(50).safeParse("x\u007f").success).toBe(false);
    expect(optionalText(500).parse("Ligne 1\r\nLigne 2\tfin")).toBe("Ligne 1\r\nLigne 2\tfin");
    expect(requiredText(50).parse("  Léa  ")).toBe("Léa");
  });

  it("reads empty, absent and null form values as null, and a required text as present", () => {
    expect(optionalText(10).parse("   ")).toBeNull();
    expect(optionalText(10).parse(undefined)).toBeNull();
    expect(optionalText(10).parse(null)).toBeNull();
    expect(requiredText(10).safeParse("   ").success).toBe(false);
    expect(optionalUuid.parse("")).toBeNull();
    expect(optionalUuid.safeParse("pas-un-id").success).toBe(false);
    expect(optionalInt(1, 10).parse("")).toBeNull();
    expect(optionalInt(1, 10).parse("7")).toBe(7);
    expect(optionalInt(1, 10).safeParse("11").success).toBe(false);
  });

  it("reads checkboxes and multi-selects as FormData sends them", () => {
    expect(checkbox.parse("on")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
    expect(list(z.enum(["a", "b"])).parse("a")).toEqual(["a"]);
    expect(list(z.enum(["a", "b"])).parse(["a", "b", "a"])).toEqual(["a", "b"]);
    expect(list(z.string(), 2).safeParse(["a", "b", "c"]).success).toBe(false);
  });
});
