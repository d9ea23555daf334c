import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps paths of this site with their query and fragment", () => {
    expect(safeRedirectPath("/n/plp-demo")).toBe("/n/plp-demo");
    expect(safeRedirectPath("/n/plp-demo/directory?tag=école#top")).toBe("/n/plp-demo/directory?tag=%C3%A9cole#top");
  });

  it("refuses every form that a browser may read as another site", () => {
    for (const url of [
      "/\\evil.test/phish",
      "/\t/evil.test/phish",
      "/\n/evil.test",
      "/\r\n/evil.test",
      "/\u0000/evil.test",
      "//evil.test",
      "///evil.test",
      "/ /evil.test",
      "https://evil.test/",
      "javascript:alert(1)",
      "evil.test",
      "\\\\evil.test",
      "/%5Cevil.test".replace("%5C", "\\"),
      "",
      undefined,
      null,
    ]) {
      expect(safeRedirectPath(url), JSON.stringify(url)).toBe("/n");
    }
  });
});
