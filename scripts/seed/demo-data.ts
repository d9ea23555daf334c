// The rows of the demo directory as they are built in memory, and the helpers both demo networks use.

import {
  communes,
  contacts,
  memberships,
  networks,
  organisationStatusChanges,
  organisations,
  users,
} from "@/db/schema";
import type { EngagementStatus } from "@/lib/domain/enums";
import { newId, Rng } from "./data/generators";
import { type CommuneSeed } from "./data/communes";
import { type OrganisationSeed } from "./data/organisations";

export type NewUser = typeof users.$inferInsert;
export type NewNetwork = typeof networks.$inferInsert;
export type NewCommune = typeof communes.$inferInsert;
export type NewOrganisation = typeof organisations.$inferInsert;
export type NewContact = typeof contacts.$inferInsert;
export type NewMembership = typeof memberships.$inferInsert;
export type NewStatusChange = typeof organisationStatusChanges.$inferInsert;

export type DemoData = {
  users: NewUser[];
  networks: NewNetwork[];
  communes: NewCommune[];
  organisations: NewOrganisation[];
  contacts: NewContact[];
  memberships: NewMembership[];
  statusChanges: NewStatusChange[];
};

export function addCommunes(data: DemoData, networkId: string, list: CommuneSeed[]) {
  const byName = new Map<string, { id: string; postalCode: string }>();
  for (const c of list) {
    const id = newId();
    byName.set(c.name, { id, postalCode: c.postalCode });
    data.communes.push({ id, networkId, name: c.name, inseeCode: c.inseeCode });
  }
  return byName;
}

/** Engagement statuses: the fixed ones, then the others drawn to reach ~40/25/25/10 %. */
export function drawStatuses(rng: Rng, seeds: OrganisationSeed[]): EngagementStatus[] {
  const share: Record<EngagementStatus, number> = {
    potential: 0.4,
    contacted: 0.25,
    engaged: 0.25,
    core: 0.1,
  };
  const remaining = { ...share };
  for (const status of Object.keys(share) as EngagementStatus[]) {
    const fixed = seeds.filter((s) => s.status === status).length;
    remaining[status] = Math.max(0, Math.round(share[status] * seeds.length) - fixed);
  }
  const pool: EngagementStatus[] = [];
  for (const status of Object.keys(remaining) as EngagementStatus[]) {
    for (let i = 0; i < remaining[status]; i++) pool.push(status);
  }
  const drawn = rng.shuffle(pool);
  return seeds.map((s) => s.status ?? drawn.pop() ?? "potential");
}
