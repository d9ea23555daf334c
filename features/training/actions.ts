"use server";
import type { NetworkContext } from "@/server/access/context";
import { networkAction, publicAction } from "@/server/access/server";
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
  updateModule,
} from "./mutations";
import { markAllPresent, markTrainee, sendAbsenceAlerts } from "./attendance";
import { createTrainerLink, markByTrainerLink } from "./trainer-link";
import { createEnrolmentLink, requestEnrolmentByLink } from "./self-enrolment";
import {
  cycleSchema,
  decisionSchema,
  enrolmentRef,
  enrolSchema,
  idSchema,
  markAllSchema,
  markSchema,
  moduleSchema,
  selfEnrolSchema,
  sessionSchema,
  trainerLinkSchema,
  trainerMarkSchema,
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

// POST (server action) – edit a module of a cycle (coordinator)
export const updateModuleAction = networkAction(
  moduleSchema.extend(idSchema.shape),
  "training.write",
  async (ctx, { id, ...input }) => updateModule(ctx.db, { ...scopeOf(ctx), id }, input),
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

// POST (server action) – make (or replace) the cycle's self-enrolment link; shown once (coordinator)
export const createEnrolmentLinkAction = networkAction(
  idSchema,
  "training.write",
  async (ctx, { id }) => {
    const { token } = await createEnrolmentLink(ctx.db, { networkId: ctx.network.id, cycleId: id });
    return { url: `${env().APP_URL}/formation/${token}` };
  },
  revalidate,
);

// POST (public server action) – a person asks to join a cycle from its invitation link (no account)
export const selfEnrolAction = publicAction(selfEnrolSchema, async (ctx, input) => requestEnrolmentByLink(ctx.db, input));

const alertsOf = (ctx: NetworkContext, cycleId: string) =>
  sendAbsenceAlerts(ctx.db, { networkId: ctx.network.id, cycleId }, { ...mailOf(ctx), networkSlug: ctx.network.slug });

// POST (server action) – mark one trainee at one session, through the meetings' check-in (coordinator)
export const markTraineeAction = networkAction(
  markSchema,
  "training.write",
  async (ctx, input) => {
    await markTrainee(ctx.db, { ...input, networkId: ctx.network.id });
    await alertsOf(ctx, input.cycleId);
  },
  revalidate,
);

// POST (server action) – mark every trainee not yet marked present at a session (coordinator)
export const markAllPresentAction = networkAction(
  markAllSchema,
  "training.write",
  async (ctx, input) => {
    const result = await markAllPresent(ctx.db, { ...input, networkId: ctx.network.id });
    await alertsOf(ctx, input.cycleId);
    return result;
  },
  revalidate,
);

// POST (server action) – make a session's trainer link (expiring), emailed to the trainer (coordinator)
export const createTrainerLinkAction = networkAction(
  trainerLinkSchema,
  "training.write",
  async (ctx, input) => createTrainerLink(ctx.db, { networkId: ctx.network.id, eventId: input.eventId }, mailOf(ctx)),
  revalidate,
);

// POST (public server action) – a trainer marks a trainee of their own session through their link
export const trainerMarkAction = publicAction(trainerMarkSchema, async (ctx, input) => markByTrainerLink(ctx.db, input));
