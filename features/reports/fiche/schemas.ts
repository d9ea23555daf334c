import { z } from "zod";
import { ficheKinds } from "@/lib/domain/enums";
import { dayField, optionalEmail, optionalUuid, requiredText, text } from "@/lib/validation/fields";
import { ficheTextFields, ficheTextMax, ficheTitleMax, type FicheTextField } from "./constants";

// Inputs of the experience fiches, shared by the forms and the actions. The period order and
// whether an edition or a cycle is the network's are checked by the mutations (field errors).

export const ficheCreateSchema = z.object({
  title: requiredText(ficheTitleMax),
  kind: z.enum(ficheKinds, { message: "validation.choice" }),
  periodStart: dayField,
  periodEnd: dayField,
  editionId: optionalUuid,
  cycleId: optionalUuid,
});

const longText = () => text(ficheTextMax).default("");
const textFields = Object.fromEntries(ficheTextFields.map((f) => [f, longText()])) as {
  [K in FicheTextField]: ReturnType<typeof longText>;
};

export const ficheTextsSchema = z.object({
  id: z.uuid(),
  title: requiredText(ficheTitleMax),
  structure: text(200).default(""),
  contactName: text(200).default(""),
  contactEmail: optionalEmail,
  ...textFields,
});

export const ficheIdSchema = z.object({ id: z.uuid() });
