import "server-only";
import { desc } from "drizzle-orm";
import { outboxMessages } from "@/db/schema";
import type { Db } from "@/db/types";

export async function listOutbox(db: Db, { limit = 100 }: { limit?: number } = {}) {
  return db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(limit);
}
