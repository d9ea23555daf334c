// The demo directory: accounts, both networks, their organisations and people with dated histories.

import type { Role } from "@/lib/domain/enums";
import { creationDaysAgo, daysBefore, engagementHistory } from "./data/engagement";
import { newId, Rng } from "./data/generators";
import { contactSearchText, organisationSearchText } from "@/features/directory/mutations";

import { demoAccounts } from "./accounts";
import { buildAmbassadorsNetwork } from "./ambassadors-network";
import type { DemoData } from "./demo-data";
import { buildExchangeNetwork } from "./networks/grand-rodez";
import { buildInternalNetwork } from "./networks/marseille-provence";
import { buildPlpNetwork } from "./plp-network";

export function buildDemoData(now: Date, passwordHash: string): DemoData {
  const data: DemoData = {
    users: [],
    networks: [],
    communes: [],
    organisations: [],
    contacts: [],
    memberships: [],
    statusChanges: [],
  };

  const userIds = new Map<string, string>();
  for (const account of demoAccounts) {
    const id = newId();
    userIds.set(account.email, id);
    data.users.push({
      id,
      email: account.email,
      name: account.name,
      passwordHash,
      isPlatformAdmin: account.email === "admin@relais.test",
    });
  }
  const member = (email: string, networkId: string, role: Role, organisationId: string | null = null) => {
    const userId = userIds.get(email);
    if (!userId) throw new Error(`unknown demo account ${email}`);
    data.memberships.push({ id: newId(), userId, networkId, role, organisationId });
  };

  const plp = buildPlpNetwork(data, now);
  member("coordination@plp-demo.test", plp.networkId, "coordinator");
  member("partenaire@plp-demo.test", plp.networkId, "partner", plp.partnerOrganisationId);
  member("ambassadeur@plp-demo.test", plp.networkId, "ambassador", plp.wasteDirectionId);
  member("elu@plp-demo.test", plp.networkId, "elected");

  const amb = buildAmbassadorsNetwork(data, now);
  member("ambassadeur@plp-demo.test", amb.networkId, "ambassador", amb.ambassadorCollectivityId);
  member("coordination@ambassadeurs-demo.test", amb.networkId, "coordinator");
  member("elu@ambassadeurs-demo.test", amb.networkId, "elected");

  // The seed fiches' other cases, built after the first two so that their draws do not move.
  const exchange = buildExchangeNetwork(data, now);
  member("coordination@echanges-demo.test", exchange.networkId, "coordinator");
  member("elu@echanges-demo.test", exchange.networkId, "elected");
  const internal = buildInternalNetwork(data, now);
  member("coordination@directions-demo.test", internal.networkId, "coordinator");
  member("elu@directions-demo.test", internal.networkId, "elected");

  addDatesAndHistories(data, now, {
    [plp.networkId]: userIds.get("coordination@plp-demo.test") ?? null,
    [amb.networkId]: userIds.get("coordination@ambassadeurs-demo.test") ?? null,
    [exchange.networkId]: userIds.get("coordination@echanges-demo.test") ?? null,
    [internal.networkId]: userIds.get("coordination@directions-demo.test") ?? null,
  });
  addSearchText(data);
  return data;
}

/**
 * Creation dates (a contact is created before its last interaction, an organisation before its
 * people) and each organisation's engagement history up to its current status, recorded by the
 * network's coordinator. Its own PRNG: the rest of the demo data does not move when this does.
 */
function addDatesAndHistories(data: DemoData, now: Date, coordinatorOf: Record<string, string | null>) {
  const rng = new Rng(20_151_121);
  const firstContactAt = new Map<string, number>();
  for (const c of data.contacts) {
    const last = c.lastInteractionAt instanceof Date ? c.lastInteractionAt : now;
    // A network built from a fiche dates its people itself (before the fiche's first meeting).
    const createdAt = c.createdAt instanceof Date ? c.createdAt : daysBefore(last, rng.int(0, 700));
    c.createdAt = createdAt;
    c.updatedAt = last;
    if (c.organisationId) {
      const t = firstContactAt.get(c.organisationId);
      firstContactAt.set(c.organisationId, Math.min(t ?? Infinity, createdAt.getTime()));
    }
  }
  for (const o of data.organisations) {
    const status = o.status ?? "potential";
    const createdAt =
      o.createdAt instanceof Date
        ? o.createdAt
        : new Date(
            Math.min(
              daysBefore(now, creationDaysAgo(rng, status)).getTime(),
              (firstContactAt.get(o.id as string) ?? Infinity) - rng.int(1, 30) * 86_400_000,
            ),
          );
    const steps = engagementHistory(rng, status, createdAt, now);
    o.createdAt = createdAt;
    o.updatedAt = steps[steps.length - 1]?.changedAt ?? createdAt;
    for (const step of steps) {
      data.statusChanges.push({
        networkId: o.networkId,
        organisationId: o.id as string,
        changedById: coordinatorOf[o.networkId] ?? null,
        ...step,
      });
    }
  }
}

/** The directory's search text of every organisation and contact, as the app computes it. */
function addSearchText(data: DemoData) {
  const communeName = new Map(data.communes.map((c) => [c.id as string, c.name]));
  const organisationName = new Map(data.organisations.map((o) => [o.id as string, o.name]));
  for (const o of data.organisations) {
    o.searchText = organisationSearchText(o, o.communeId ? communeName.get(o.communeId) : null);
  }
  for (const c of data.contacts) {
    c.searchText = contactSearchText(c, c.organisationId ? organisationName.get(c.organisationId) : null);
  }
}
