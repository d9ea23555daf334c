"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/access/errors";

/** Wires a server action returning ActionResult to a <form action>, keeping the last result. */
export function useActionForm<T>(run: (formData: FormData) => Promise<ActionResult<T>>) {
  return useActionState<ActionResult<T> | null, FormData>((_prev, formData) => run(formData), null);
}

export function fieldErrors(state: ActionResult<unknown> | null, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
