// Client-safe values of the SERD area that other areas may use.

/**
 * The cache tag of a network's public agenda (features/serd/agenda/agenda.ts caches its data).
 * Writes that change what it shows expire it: SERD writes, the network's name and branding, the
 * directory's organisations (organiser names).
 */
export function agendaTag(slug: string): string {
  return `serd-agenda:${slug}`;
}
