import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { contacts, importBatches, organisationStatusChanges, organisations } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { Translate } from "@/lib/i18n/messages";
import { checkBatch } from "./analyse";
import type { ContactRecord, OrganisationRecord } from "./check-rows";
import { findDuplicates } from "./duplicates";
import { planContacts, planOrganisations, type Plan } from "./plan";
import type { CommitImportInput, CommitResult } from "./schemas";

// Writes an uploaded file into the directory: everything or nothing, in one transaction, with
// multi-row statements (a 10,000-row file is about twenty statements, not 10,000).

export type Progress = (done: number, total: number) => void | Promise<void>;

/** Rows per statement: ~20 parameters a row stays far below PostgreSQL's 65,535. */
const chunkSize = 1000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
}

/** `SET column = excluded.column` for an upsert that overwrites the given columns. */
function fromExcluded<K extends string>(keys: readonly K[]): Record<K, SQL> {
  const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded."${snake(k)}"`)])) as Record<K, SQL>;
}

const organisationColumns = [
  "name",
  "actorType",
  "ewwrCategoryOverride",
  "communeId",
  "address",
  "latitude",
  "longitude",
  "website",
  "description",
  "tags",
  "status",
  "isInternalService",
  "searchText",
  "updatedAt",
] as const satisfies readonly (keyof typeof organisations.$inferInsert)[];

const contactColumns = [
  "organisationId",
  "firstName",
  "lastName",
  "email",
  "phone",
  "jobTitle",
  "isRelayActor",
  "isAmbassador",
  "legalBasis",
  "consentNewsletterAt",
  "consentPublicListingAt",
  "consentPhotosAt",
  "source",
  "searchText",
  "updatedAt",
] as const satisfies readonly (keyof typeof contacts.$inferInsert)[];

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

export async function commitImport(
  db: Db,
  scope: { networkId: string; userId: string | null },
  input: CommitImportInput,
  t: Translate,
  onProgress?: Progress,
): Promise<CommitResult> {
  const { networkId } = scope;
  try {
    return await db.transaction(async (tx) => {
      const { batch, existing, records, errors, rowCount } = await checkBatch(
        tx,
        { networkId, batchId: input.batchId, mapping: input.mapping, lock: true },
        t,
      );
      if (errors.length > 0) throw new ActionError("invalid_input", "import.errors.rowsInvalid");
      const now = new Date();
      const planArgs = {
        matches: findDuplicates(records, existing, existing.communeNames),
        choiceOf: (row: number) => input.choices[String(row)] ?? input.defaultChoice,
        existing,
        networkId,
        now,
      };
      const plan: Plan<{ id: string }> =
        batch.kind === "organisations"
          ? planOrganisations({ ...planArgs, records: records as OrganisationRecord[] })
          : planContacts({
              ...planArgs,
              records: records as ContactRecord[],
              defaultSource: input.mapping.includes("source") ? null : `import:${batch.fileName}`,
            });

      const writes = plan.inserts.length + plan.updates.length;
      let written = 0;
      const advance = async (n: number) => {
        written += n;
        await onProgress?.(writes === 0 ? rowCount : Math.floor((rowCount * written) / writes), rowCount);
      };
      await onProgress?.(0, rowCount);

      if (batch.kind === "organisations") {
        const p = plan as ReturnType<typeof planOrganisations>;
        for (const chunk of chunks(p.inserts)) {
          await tx.insert(organisations).values(chunk);
          await advance(chunk.length);
        }
        for (const chunk of chunks(p.updates)) {
          await tx
            .insert(organisations)
            .values(chunk)
            .onConflictDoUpdate({
              target: organisations.id,
              set: fromExcluded(organisationColumns),
              setWhere: eq(organisations.networkId, networkId),
            });
          await advance(chunk.length);
        }
        for (const chunk of chunks(p.statusChanges)) {
          await tx
            .insert(organisationStatusChanges)
            .values(chunk.map((c) => ({ ...c, networkId, changedById: scope.userId, changedAt: now })));
        }
      } else {
        const p = plan as ReturnType<typeof planContacts>;
        for (const chunk of chunks(p.inserts)) {
          await tx.insert(contacts).values(chunk);
          await advance(chunk.length);
        }
        for (const chunk of chunks(p.updates)) {
          await tx
            .insert(contacts)
            .values(chunk)
            .onConflictDoUpdate({
              target: contacts.id,
              set: fromExcluded(contactColumns),
              setWhere: eq(contacts.networkId, networkId),
            });
          await advance(chunk.length);
        }
      }

      const result = { ...plan.counts };
      // The rows now live in the directory: the batch keeps its counts, not a second copy of the people.
      await tx
        .update(importBatches)
        .set({
          status: "committed",
          createdCount: result.created,
          updatedCount: result.updated,
          skippedCount: result.skipped,
          committedAt: now,
          rows: [],
        })
        .where(and(eq(importBatches.id, batch.id), eq(importBatches.networkId, networkId)));
      if (writes === 0) await onProgress?.(rowCount, rowCount);
      return result;
    });
  } catch (error) {
    // Someone added the same email while the file was being imported.
    if (isUniqueViolation(error)) throw new ActionError("conflict", "import.errors.changedMeanwhile");
    throw error;
  }
}
