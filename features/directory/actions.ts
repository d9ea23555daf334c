"use server";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import { canEditOrganisation } from "@/server/access/scopes";
import { networkAction } from "@/server/access/server";
import { agendaTag } from "@/features/serd/constants";
import type { NetworkContext } from "@/server/access/context";
import {
  contactOrganisationId,
  createContact,
  createOrganisation,
  createSegment,
  deleteSegment,
  setContactArchived,
  setOrganisationArchived,
  updateContact,
  updateOrganisation,
} from "./mutations";
import {
  contactFiltersSchema,
  contactSchema,
  idSchema,
  organisationFiltersSchema,
  organisationSchema,
  segmentSchema,
  withId,
} from "./schemas";

const scopeOf = (ctx: NetworkContext) => ({ networkId: ctx.network.id, userId: ctx.userId });
/** Directory writes change lists, detail pages, the overview figures and the (cached) public
 * agenda, which names each action's lead organisation. */
const revalidate = {
  revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}`,
  tags: (ctx: NetworkContext) => [agendaTag(ctx.network.slug)],
};

/** Partners and ambassadors may only touch their own organisation; anything else is "not found". */
function assertCanEdit(ctx: NetworkContext, organisationId: string | null) {
  if (!canEditOrganisation(ctx, organisationId)) throw new ActionError("not_found");
}

// POST (server action) – create an organisation (coordinator)
export const createOrganisationAction = networkAction(
  organisationSchema,
  "directory.write",
  async (ctx, input) => {
    const row = await createOrganisation(ctx.db, scopeOf(ctx), input);
    return row;
  },
  revalidate,
);

// POST (server action) – edit an organisation (coordinator, or a partner for their own)
export const updateOrganisationAction = networkAction(
  withId(organisationSchema),
  "directory.writeOwn",
  async (ctx, { id, ...input }) => {
    assertCanEdit(ctx, id);
    await updateOrganisation(ctx.db, { ...scopeOf(ctx), id }, input);
    return { id };
  },
  revalidate,
);

const archiveSchema = idSchema.extend({ archived: z.boolean() });

// POST (server action) – archive or restore an organisation (coordinator)
export const archiveOrganisationAction = networkAction(
  archiveSchema,
  "directory.write",
  async (ctx, { id, archived }) => {
    await setOrganisationArchived(ctx.db, { ...scopeOf(ctx), id }, archived);
    return { id };
  },
  revalidate,
);

// POST (server action) – create a person (coordinator; a partner only within their organisation)
export const createContactAction = networkAction(
  contactSchema,
  "directory.writeOwn",
  async (ctx, input) => {
    assertCanEdit(ctx, input.organisationId);
    const row = await createContact(ctx.db, scopeOf(ctx), input);
    return row;
  },
  revalidate,
);

// POST (server action) – edit a person (coordinator, or a partner for their organisation's people)
export const updateContactAction = networkAction(
  withId(contactSchema),
  "directory.writeOwn",
  async (ctx, { id, ...input }) => {
    if (!ctx.can("directory.write")) {
      const current = await contactOrganisationId(ctx.db, { networkId: ctx.network.id, id });
      assertCanEdit(ctx, current?.organisationId ?? null);
      // A partner cannot move a person to another organisation.
      assertCanEdit(ctx, input.organisationId);
    }
    await updateContact(ctx.db, { ...scopeOf(ctx), id }, input);
    return { id };
  },
  revalidate,
);

// POST (server action) – archive or restore a person (coordinator)
export const archiveContactAction = networkAction(
  archiveSchema,
  "directory.write",
  async (ctx, { id, archived }) => {
    await setContactArchived(ctx.db, { ...scopeOf(ctx), id }, archived);
    return { id };
  },
  revalidate,
);

// POST (server action) – save a list's filters under a name (coordinator)
export const createSegmentAction = networkAction(
  segmentSchema,
  "directory.segments",
  async (ctx, input) => {
    const params = Object.fromEntries(new URLSearchParams(input.query));
    const schema = input.kind === "organisations" ? organisationFiltersSchema : contactFiltersSchema;
    const parsed = schema.parse(params);
    // Keep only the filters that are set (no page, no defaults).
    const filters = Object.fromEntries(
      Object.entries(parsed)
        .filter(([key, value]) => key !== "page" && value !== undefined && value !== false && value !== "")
        .map(([key, value]) => [key, value === true ? "1" : String(value)]),
    );
    const row = await createSegment(ctx.db, scopeOf(ctx), { name: input.name, kind: input.kind, filters });
    return row;
  },
  revalidate,
);

// POST (server action) – delete a segment (coordinator)
export const deleteSegmentAction = networkAction(
  idSchema,
  "directory.segments",
  async (ctx, { id }) => {
    await deleteSegment(ctx.db, { ...scopeOf(ctx), id });
    return null;
  },
  revalidate,
);
