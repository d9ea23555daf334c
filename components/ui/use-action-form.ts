"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action-result";

/**
 * Wires a server action returning ActionResult to a form's onSubmit, keeping the last result.
 * Not `<form action>`: React resets such a form after every submission, which would wipe what
 * the user typed when the server answers with field errors.
 */
export function useActionForm<T>(run: (formData: FormData) => Promise<ActionResult<T>>) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(
    (_prev, formData) => run(formData),
    null,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return [state, onSubmit, pending] as const;
}

export function fieldErrors(state: ActionResult<unknown> | null, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
