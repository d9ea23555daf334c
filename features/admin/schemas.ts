import { z } from "zod";
import { emailField } from "@/lib/validation/fields";

/** "Sign out everywhere": the account, by its email. */
export const endSessionsSchema = z.object({ email: emailField });
