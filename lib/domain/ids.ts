const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Row ids in URLs are UUIDs; anything else is "not found" before any query runs. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Network slugs in URLs: lowercase letters, digits and inner hyphens; anything else is "not found". */
export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
