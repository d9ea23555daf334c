"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveMinutesAction } from "@/features/meetings/attendance/actions";
import { minutesClass } from "./minutes-view";

const commands = [
  { key: "bold", command: "bold" },
  { key: "italic", command: "italic" },
  { key: "heading", command: "formatBlock", value: "h3" },
  { key: "bulleted", command: "insertUnorderedList" },
  { key: "numbered", command: "insertOrderedList" },
] as const;

/**
 * A small rich-text editor (contenteditable) for the minutes. The browser escapes typed markup;
 * whatever is sent is sanitised again on the server, which keeps only simple formatting.
 */
export function MinutesEditor({
  networkSlug,
  eventId,
  initialHtml,
}: {
  networkSlug: string;
  eventId: string;
  initialHtml: string | null;
}) {
  const t = useTranslations("attendance.minutes");
  const editor = useRef<HTMLDivElement>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (command: string, value?: string) => {
    editor.current?.focus();
    // execCommand is deprecated but still the only editing API every browser implements.
    document.execCommand(command, false, value);
  };
  const save = () =>
    startTransition(async () => {
      const r = await saveMinutesAction(networkSlug, { eventId, minutes: editor.current?.innerHTML ?? "" });
      if (r.ok && editor.current) editor.current.innerHTML = r.data.minutes ?? "";
      setResult(r.ok ? { ok: true, text: t("saved") } : { ok: false, text: r.error });
    });
  return (
    <div className="space-y-3">
      <div
        role="toolbar"
        aria-label={t("toolbar")}
        aria-controls="minutes-editor"
        className="flex flex-wrap gap-2"
      >
        {commands.map((c) => (
          <Button
            key={c.key}
            variant="secondary"
            // Keep the selection in the editor when the button is pressed with a mouse.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(c.command, "value" in c ? c.value : undefined)}
          >
            {t(c.key)}
          </Button>
        ))}
      </div>
      <p id="minutes-editor-hint" className="text-sm text-muted">
        {t("hint")}
      </p>
      <div
        id="minutes-editor"
        ref={editor}
        role="textbox"
        aria-multiline="true"
        aria-label={t("label")}
        aria-describedby="minutes-editor-hint"
        contentEditable
        suppressContentEditableWarning
        className={`${minutesClass} min-h-48 rounded-md border border-line bg-white px-3 py-2 focus:outline-2 focus:outline-brand`}
        dangerouslySetInnerHTML={{ __html: initialHtml ?? "" }}
      />
      <div aria-live="polite" aria-atomic="true">
        {result ? <Alert tone={result.ok ? "success" : "error"}>{result.text}</Alert> : null}
      </div>
      <Button onClick={save} disabled={pending}>
        {t("save")}
      </Button>
    </div>
  );
}
