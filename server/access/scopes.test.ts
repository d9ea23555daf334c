import { describe, expect, it } from "vitest";
import type { Db } from "@/db/types";
import { directoryVisibilities, roles, type Role } from "@/lib/domain/enums";
import type { NetworkContext } from "./context";
import { can } from "./permissions";
import { canEditOrganisation, directoryScope } from "./scopes";

const ctxFor = (
  role: Role,
  visibility: (typeof directoryVisibilities)[number],
  organisationId: string | null = "own",
): NetworkContext => ({
  db: {} as Db,
  userId: "u",
  role,
  organisationId,
  locale: "fr",
  can: (p) => can(role, p),
  network: {
    id: "n",
    slug: "n",
    name: "N",
    territoryLabel: "",
    brandColor: "#000000",
    logoUrl: null,
    directoryVisibility: visibility,
    kind: "plp",
  },
});

describe("directory scope", () => {
  it("shows coordinators and elected officials everything, whatever the setting", () => {
    for (const v of directoryVisibilities) {
      expect(directoryScope(ctxFor("coordinator", v))).toBe("full");
      expect(directoryScope(ctxFor("elected", v))).toBe("full");
    }
  });

  it("shows partners and ambassadors what the network's setting grants", () => {
    for (const role of ["partner", "ambassador"] as const) {
      for (const v of directoryVisibilities) expect(directoryScope(ctxFor(role, v))).toBe(v);
    }
  });

  it("lets partners and ambassadors edit only their own organisation; elected officials none", () => {
    for (const role of roles) {
      const ctx = ctxFor(role, "full");
      expect(canEditOrganisation(ctx, "own")).toBe(role !== "elected");
      expect(canEditOrganisation(ctx, "other")).toBe(role === "coordinator");
      expect(canEditOrganisation(ctx, null)).toBe(role === "coordinator");
    }
  });
});
