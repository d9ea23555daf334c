/**
 * `ON DELETE SET NULL (column)` (PostgreSQL ≥ 15): for a composite foreign key
 * `(network_id, parent_id)`, a plain SET NULL would also null `network_id`, which is NOT NULL, so
 * deleting the parent would fail. This form nulls only the parent column. drizzle's type lists only
 * the plain actions, but drizzle-kit writes the action text into the migration as is.
 */
export function setNullOnly(column: string): "set null" {
  return `set null (${column})` as "set null";
}
