"use client";
import { useMessages } from "next-intl";
import type { ImportKind } from "@/features/directory/import/constants";

/** The label of an import field ("Courriel", "Type d'acteur") in the user's language. */
export function useFieldLabel(kind: ImportKind): (field: string) => string {
  const labels: Record<string, string> = useMessages().import.fields[kind];
  return (field) => labels[field] ?? field;
}
