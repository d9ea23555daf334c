"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { checkOutAction, returnLoanAction } from "@/features/tools/actions";
import { itemConditions } from "@/features/tools/constants";

/**
 * Check-out of a confirmed reservation, or return of a loan: the day, the condition, a remark.
 * One per page (its field ids are fixed).
 */
export function LoanForm({
  networkSlug,
  mode,
  id,
  today,
}: {
  networkSlug: string;
  mode: "checkOut" | "return";
  id: string;
  today: string;
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    const result = mode === "checkOut" ? await checkOutAction(networkSlug, formData) : await returnLoanAction(networkSlug, formData);
    if (result.ok) router.refresh();
    return result;
  });
  const day = mode === "checkOut" ? "checkedOutOn" : "returnedOn";
  return (
    <form onSubmit={submit} className="space-y-2" noValidate aria-label={t(`item.${mode}`)}>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name={mode === "checkOut" ? "reservationId" : "loanId"} value={id} />
      <TextField label={t("item.day")} name={day} type="date" defaultValue={today} required errors={fieldErrors(state, day)} />
      <SelectField label={t("item.condition")} name="condition" defaultValue="good">
        {itemConditions.map((c) => (
          <option key={c} value={c}>
            {t(`conditions.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("item.remark")} name="remark" errors={fieldErrors(state, "remark")} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t(`item.${mode}`)}
      </Button>
    </form>
  );
}
