// Client-safe values of the OPTIGEDE experience fiche (features/reports/fiche).

export { ficheKinds, type FicheKind } from "@/lib/domain/enums";
import type { FicheKind } from "@/lib/domain/enums";

/** The texts the coordinator writes, in the order of the fiche's sections. */
export const ficheTextFields = [
  "context",
  "generalObjectives",
  "numericObjectives",
  "quantitativeResults",
  "qualitativeResults",
  "planning",
  "humanMeans",
  "financialMeans",
  "technicalMeans",
  "partners",
  "successFactors",
  "difficulties",
  "recommendations",
] as const;
export type FicheTextField = (typeof ficheTextFields)[number];
export type FicheTexts = Record<FicheTextField, string>;

/** The OPTIGEDE sections and their parts (each part: a written text, and figures when computed). */
export const ficheSections = [
  { key: "context", parts: ["context"] },
  {
    key: "objectivesResults",
    parts: ["generalObjectives", "numericObjectives", "quantitativeResults", "qualitativeResults"],
  },
  {
    key: "implementation",
    parts: ["planning", "humanMeans", "financialMeans", "technicalMeans", "partners"],
  },
  { key: "valorisation", parts: ["successFactors", "difficulties", "recommendations"] },
] as const satisfies readonly { key: string; parts: readonly FicheTextField[] }[];

/** Which computed blocks a fiche of each kind shows (the others stay out of the document). */
export const ficheBlocksByKind: Record<FicheKind, readonly FicheBlock[]> = {
  actors_mobilisation: [
    "directory",
    "objectives",
    "meetings",
    "serd",
    "training",
    "recorded",
    "staff",
    "partners",
  ],
  serd: ["objectives", "serd", "staff", "partners"],
  training: ["objectives", "training", "staff", "partners"],
  exchange_network: [
    "members",
    "objectives",
    "meetings",
    "communes",
    "tools",
    "recorded",
    "staff",
    "partners",
  ],
  tools: ["members", "objectives", "meetings", "tools", "staff", "partners"],
  other: [
    "directory",
    "objectives",
    "meetings",
    "serd",
    "training",
    "tools",
    "recorded",
    "staff",
    "partners",
  ],
};
export const ficheBlocks = [
  "directory",
  "objectives",
  "meetings",
  "communes",
  "members",
  "tools",
  "recorded",
  "serd",
  "training",
  "staff",
  "partners",
] as const;
export type FicheBlock = (typeof ficheBlocks)[number];

export const ficheTextMax = 8000;
export const ficheTitleMax = 200;
