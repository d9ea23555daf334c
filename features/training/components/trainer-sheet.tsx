"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { trainerMarkAction } from "../actions";

const marks = ["present", "late", "absent"] as const;
type Mark = (typeof marks)[number];

/** The trainer's phone view: one row per trainee, three large choices each. */
export function TrainerSheet({
  token,
  trainees,
}: {
  token: string;
  trainees: { contactId: string; name: string; status: string | null }[];
}) {
  const t = useTranslations("training.trainerPage");
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<Record<string, string | null>>(
    Object.fromEntries(trainees.map((p) => [p.contactId, p.status])),
  );
  const [error, setError] = useState<string | null>(null);
  const mark = (contactId: string, value: Mark) =>
    start(async () => {
      const r = await trainerMarkAction({ token, contactId, status: value });
      if (r.ok) {
        setStatus((s) => ({ ...s, [contactId]: value }));
        setError(null);
      } else setError(r.error);
    });
  return (
    <div className="space-y-3">
      {error ? (
        <p role="alert" className="font-medium text-danger">
          {error}
        </p>
      ) : null}
      <ul className="space-y-3">
        {trainees.map((p) => (
          <li key={p.contactId} className="rounded-lg border border-line p-3">
            <fieldset>
              <legend className="mb-2 font-semibold">{p.name}</legend>
              <div className="flex flex-wrap gap-2">
                {marks.map((m) => (
                  <label
                    key={m}
                    className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line px-3 has-[:checked]:border-brand has-[:checked]:bg-surface"
                  >
                    <input
                      type="radio"
                      name={`mark-${p.contactId}`}
                      value={m}
                      checked={status[p.contactId] === m}
                      disabled={pending}
                      onChange={() => mark(p.contactId, m)}
                      className="size-5 accent-brand"
                    />
                    {t(`marks.${m}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
    </div>
  );
}
