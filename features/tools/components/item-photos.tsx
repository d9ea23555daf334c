"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrors, useActionForm } from "@/components/ui/use-action-form";
import { addItemPhotoAction, deleteItemPhotoAction } from "@/features/tools/actions";
import { maxPhotoBytes, photoAccept } from "@/features/tools/constants";

type Photo = { id: string; alt: string };

/** A kit's photos, served by the photo route; its owner's members add and delete them. */
export function ItemPhotos({
  networkSlug,
  itemId,
  photos,
  editable,
}: {
  networkSlug: string;
  itemId: string;
  photos: Photo[];
  editable: boolean;
}) {
  const t = useTranslations("tools");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [state, submit, pending] = useActionForm(async (formData: FormData) => {
    formData.set("itemId", itemId);
    const file = formData.get("file");
    if (file instanceof File && file.size > maxPhotoBytes) {
      const error = t("validation.photoTooBig");
      return { ok: false as const, code: "invalid_input" as const, error, fieldErrors: { file: [error] } };
    }
    const result = await addItemPhotoAction(networkSlug, formData);
    if (result.ok) {
      form.current?.reset();
      router.refresh();
    }
    return result;
  });
  const src = (id: string) => `/api/n/${networkSlug}/tools/kits/${itemId}/photos/${id}`;
  return (
    <div className="space-y-4">
      {photos.length === 0 ? (
        <p>{t("item.noPhotos")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-3">
          {photos.map((p) => (
            <li key={p.id} className="space-y-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by an access-checked route */}
              <img src={src(p.id)} alt={p.alt} className="aspect-[4/3] w-full rounded border border-line object-cover" />
              {editable ? (
                <Button
                  variant="secondary"
                  onClick={async () => {
                    const result = await deleteItemPhotoAction(networkSlug, { id: p.id });
                    if (result.ok) {
                      setDeleteError(null);
                      router.refresh();
                    } else setDeleteError(result.error);
                  }}
                >
                  {t("item.photoDelete", { alt: p.alt })}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {deleteError ? <Alert tone="error">{deleteError}</Alert> : null}
      {editable ? (
        <form ref={form} onSubmit={submit} className="max-w-md space-y-3" noValidate encType="multipart/form-data">
          {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
          {state?.ok ? <p role="status">{t("item.photoAdded")}</p> : null}
          <TextField
            label={t("item.photoFile")}
            name="file"
            type="file"
            accept={photoAccept}
            required
            hint={t("item.photoFileHint")}
            errors={fieldErrors(state, "file")}
          />
          <TextField
            label={t("item.photoAlt")}
            name="alt"
            required
            hint={t("item.photoAltHint")}
            errors={fieldErrors(state, "alt")}
          />
          <Button type="submit" disabled={pending}>
            {t("item.photoAdd")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
