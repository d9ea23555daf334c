const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Row ids in URLs are UUIDs; anything else is "not found" before any query runs. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
