// Client-safe constants of the training area (no zod here: client components import this file).
export {
  completionRules,
  enrolmentStatuses,
  trainingCycleStatuses,
  trainingSessionKinds,
  type CompletionRule,
  type EnrolmentStatus,
  type TrainingCycleStatus,
  type TrainingSessionKind,
} from "@/lib/domain/enums";

/** Participation statuses that count as "attended" a training session (the meetings' check-in). */
export const attendedStatuses = ["present", "late"] as const;

export const maxModulesPerCycle = 30;
