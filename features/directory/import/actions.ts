"use server";
import { getLocale } from "next-intl/server";
import { networkAction } from "@/server/access/server";
import { looseTranslator } from "@/lib/i18n/messages";
import { analyseImport } from "./analyse";
import { uploadImportForm } from "./batches";
import { commitImport } from "./commit";
import { analyseImportSchema, commitImportSchema, uploadImportSchema } from "./schemas";

// POST (server action) – read an uploaded CSV or XLSX file and keep its rows for the mapping step
export const uploadImportAction = networkAction(uploadImportSchema, "directory.import", async (ctx, input) =>
  uploadImportForm(ctx.db, { networkId: ctx.network.id, userId: ctx.userId }, input),
);

// POST (server action) – check every row of an uploaded file under a column mapping; writes nothing
export const analyseImportAction = networkAction(
  analyseImportSchema,
  "directory.import",
  async (ctx, input) =>
    analyseImport(ctx.db, { networkId: ctx.network.id }, input, looseTranslator(await getLocale())),
);

// POST (server action) – write an uploaded file into the directory, all or nothing (the page uses
// the streaming route /api/n/[network]/directory/import for its progress bar; same function)
export const commitImportAction = networkAction(commitImportSchema, "directory.import", async (ctx, input) =>
  commitImport(
    ctx.db,
    { networkId: ctx.network.id, userId: ctx.userId },
    input,
    looseTranslator(await getLocale()),
  ),
);
