/** The directory figures of the overview page (computed by getDirectoryFigures). */
export type DirectoryFiguresData = {
  organisations: number;
  contacts: number;
  relayActors: number;
  communesCovered: number;
  memberCommunes: number;
  byType: Record<string, number>;
  byStatus: Record<string, number>;
};
