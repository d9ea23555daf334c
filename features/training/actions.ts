"use server";
import type { NetworkContext } from "@/server/access/context";
import { networkAction } from "@/server/access/server";
import { env } from "@/server/env";
import { getMailer } from "@/server/mail/mailer";
import {
  addTrainer,
  cancelEnrolment,
  createCycle,
  createModule,
  createSession,
  decideRequest,
  enrolContacts,
  updateCycle,
} from "./mutations";
import {
  cycleSchema,
  decisionSchema,
  enrolmentRef,
  enrolSchema,
  idSchema,
  moduleSchema,
  sessionSchema,
  trainerSchema,
} from "./schemas";

const revalidate = { revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}/training` };
const scopeOf = (ctx: NetworkContext) => ({ networkId: ctx.network.id, userId: ctx.userId });
const mailOf = (ctx: NetworkContext) => ({ mailer: getMailer(), locale: ctx.locale, appUrl: env().APP_URL });

// POST (server action) – create a training cycle (coordinator)
export const createCycleAction = networkAction(
  cycleSchema,
  "training.write",
  async (ctx, input) => createCycle(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – edit a training cycle (coordinator)
export const updateCycleAction = networkAction(
  cycleSchema.extend(idSchema.shape),
  "training.write",
  async (ctx, { id, ...input }) => updateCycle(ctx.db, { ...scopeOf(ctx), id }, input),
  revalidate,
);

// POST (server action) – add a module to a cycle (coordinator)
export const createModuleAction = networkAction(
  moduleSchema,
  "training.write",
  async (ctx, input) => createModule(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – name a trainer of a cycle (coordinator)
export const addTrainerAction = networkAction(
  trainerSchema,
  "training.write",
  async (ctx, input) => addTrainer(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – plan a session (a meeting of type training_session) of a module (coordinator)
export const createSessionAction = networkAction(
  sessionSchema,
  "training.write",
  async (ctx, input) => createSession(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – enrol people by hand or from a saved segment (coordinator)
export const enrolAction = networkAction(
  enrolSchema,
  "training.write",
  async (ctx, input) => enrolContacts(ctx.db, { networkId: ctx.network.id }, input, mailOf(ctx)),
  revalidate,
);

// POST (server action) – cancel an enrolment; the freed seat goes to the waiting list (coordinator)
export const cancelEnrolmentAction = networkAction(
  enrolmentRef,
  "training.write",
  async (ctx, input) => cancelEnrolment(ctx.db, { networkId: ctx.network.id }, input, mailOf(ctx)),
  revalidate,
);

// POST (server action) – accept or refuse a self-enrolment request (coordinator)
export const decideRequestAction = networkAction(
  decisionSchema,
  "training.write",
  async (ctx, input) => decideRequest(ctx.db, { networkId: ctx.network.id }, input, mailOf(ctx)),
  revalidate,
);
