import "server-only";
import { and, eq } from "drizzle-orm";
import { objectives, recordedIndicators, recordedValues } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { z } from "zod";
import { findIndicator } from "./indicator-list";
import { periodErrors } from "./rules";
import type { objectiveSchema, recordedIndicatorSchema, recordedValueSchema } from "./schemas";

// Writes of the recorded indicators and objectives (staff time: ./staff/mutations.ts).

type Scope = { networkId: string; userId: string };

const invalid = (fieldKeys: Record<string, string>) =>
  new ActionError("invalid_input", "errors.invalid_input", fieldKeys);

export async function createRecordedIndicator(
  db: Db,
  { networkId }: Scope,
  input: z.output<typeof recordedIndicatorSchema>,
) {
  const [row] = await db
    .insert(recordedIndicators)
    .values({ networkId, ...input })
    .onConflictDoNothing()
    .returning({ id: recordedIndicators.id });
  if (!row) throw invalid({ name: "dashboards.errors.indicatorNameTaken" });
  return row;
}

async function requireRecordedIndicator(db: Db, networkId: string, id: string) {
  const [row] = await db
    .select({ id: recordedIndicators.id })
    .from(recordedIndicators)
    .where(and(eq(recordedIndicators.networkId, networkId), eq(recordedIndicators.id, id)))
    .limit(1);
  if (!row) throw new ActionError("not_found");
}

/** One value of a recorded indicator; a second value on the same date is refused. */
export async function recordValue(
  db: Db,
  { networkId, userId }: Scope,
  input: z.output<typeof recordedValueSchema>,
) {
  await requireRecordedIndicator(db, networkId, input.indicatorId);
  const [row] = await db
    .insert(recordedValues)
    .values({ networkId, enteredById: userId, ...input, value: String(input.value) })
    .onConflictDoNothing()
    .returning({ id: recordedValues.id });
  if (!row) throw invalid({ date: "dashboards.errors.valueDateTaken" });
  return row;
}

export type RecordedRow = { date: string; value: number; source: string };

/** Several values in one transaction: a duplicate date (in the file or already recorded) writes nothing. */
export async function recordValues(
  db: Db,
  { networkId, userId }: Scope,
  { indicatorId, rows }: { indicatorId: string; rows: RecordedRow[] },
) {
  await requireRecordedIndicator(db, networkId, indicatorId);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(recordedValues)
      .values(
        rows.map((r) => ({ networkId, indicatorId, enteredById: userId, ...r, value: String(r.value) })),
      )
      .onConflictDoNothing()
      .returning({ date: recordedValues.date });
    if (inserted.length !== rows.length) {
      throw new ActionError("invalid_input", "dashboards.errors.importDuplicate", {
        file: "dashboards.errors.importDuplicate",
      });
    }
    return { imported: inserted.length };
  });
}

type ObjectiveInput = z.output<typeof objectiveSchema>;

/** The objective's columns from its input; an indicator of another network is "not found". */
async function objectiveValues(db: Db, networkId: string, input: ObjectiveInput) {
  const errors = periodErrors(input);
  if (Object.keys(errors).length) throw invalid(errors);
  const [kind, ref] = input.indicator.split(/:(.*)/s) as ["computed" | "recorded", string];
  let computedIndicatorId: string | null = null;
  let recordedIndicatorId: string | null = null;
  let indicatorFilter: Record<string, string> = {};
  if (kind === "computed") {
    const indicator = findIndicator(ref);
    if (!indicator) throw invalid({ indicator: "dashboards.errors.unknownIndicator" });
    computedIndicatorId = ref;
    if (input.filterKey && input.filterValue) {
      const filter = indicator.filters?.find((f) => f.key === input.filterKey);
      if (!filter || !filter.values.includes(input.filterValue))
        throw invalid({ filterValue: "dashboards.errors.unknownFilter" });
      indicatorFilter = { [input.filterKey]: input.filterValue };
    }
  } else {
    await requireRecordedIndicator(db, networkId, ref);
    recordedIndicatorId = ref;
  }
  return {
    title: input.title,
    computedIndicatorId,
    recordedIndicatorId,
    indicatorFilter,
    target: String(input.target),
    baseline: input.baseline === null ? null : String(input.baseline),
    direction: input.direction,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
  };
}

export async function createObjective(db: Db, { networkId, userId }: Scope, input: ObjectiveInput) {
  const values = await objectiveValues(db, networkId, input);
  const [row] = await db
    .insert(objectives)
    .values({ networkId, createdById: userId, ...values })
    .returning({ id: objectives.id });
  return row!;
}

export async function updateObjective(
  db: Db,
  { networkId, id }: { networkId: string; id: string },
  input: ObjectiveInput,
) {
  const values = await objectiveValues(db, networkId, input);
  const [row] = await db
    .update(objectives)
    .set(values)
    .where(and(eq(objectives.networkId, networkId), eq(objectives.id, id)))
    .returning({ id: objectives.id });
  if (!row) throw new ActionError("not_found");
  return row;
}

export async function deleteObjective(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [row] = await db
    .delete(objectives)
    .where(and(eq(objectives.networkId, networkId), eq(objectives.id, id)))
    .returning({ id: objectives.id });
  if (!row) throw new ActionError("not_found");
  return row;
}
