import { customType } from "drizzle-orm/pg-core";

/** Binary content (attachments, signatures) stored in PostgreSQL itself: one backup holds everything. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});
