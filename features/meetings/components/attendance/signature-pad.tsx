"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, type PointerEvent } from "react";
import { Button } from "@/components/ui/button";
import { signatureBox } from "@/features/meetings/attendance/constants";

const round = (v: number) => Math.round(Math.min(Math.max(v, 0), 9999) * 10) / 10;

/**
 * A drawing area for a signature (mouse, touch or pen through pointer events). The drawing is
 * kept as SVG path data in the box's own coordinates ("M x y L x y …"), whatever the screen size.
 */
export function SignaturePad({
  id,
  onConfirm,
  onPaper,
  onCancel,
  pending,
}: {
  id: string;
  onConfirm: (path: string) => void;
  onPaper: () => void;
  onCancel: () => void;
  pending: boolean;
}) {
  const t = useTranslations("attendance.signature");
  const svgRef = useRef<SVGSVGElement>(null);
  const [strokes, setStrokes] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const drawing = useRef(false);

  const point = (e: PointerEvent<SVGSVGElement>) => {
    const rect = svgRef.current!.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * signatureBox.width;
    const y = ((e.clientY - rect.top) / rect.height) * signatureBox.height;
    return `${round(x)} ${round(y)}`;
  };
  const down = (e: PointerEvent<SVGSVGElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    setMissing(false);
    setStrokes((s) => [...s, `M${point(e)}`]);
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    if (!drawing.current) return;
    const p = point(e);
    setStrokes((s) => [...s.slice(0, -1), `${s[s.length - 1]} L${p}`]);
  };
  const up = () => {
    drawing.current = false;
  };
  const path = strokes.join(" ");
  const confirm = () => {
    if (!path.includes("L")) {
      setMissing(true);
      return;
    }
    onConfirm(path);
  };

  return (
    <div className="space-y-3">
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t("padHint")}
      </p>
      <svg
        ref={svgRef}
        role="img"
        aria-label={t("padLabel")}
        aria-describedby={`${id}-hint`}
        viewBox={`0 0 ${signatureBox.width} ${signatureBox.height}`}
        className="block aspect-[8/3] w-full max-w-xl touch-none rounded-md border-2 border-dashed border-line bg-white"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      >
        <path
          d={path}
          fill="none"
          stroke="currentColor"
          strokeWidth={2.5}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {missing ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {t("drawFirst")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={confirm} disabled={pending}>
          {t("confirm")}
        </Button>
        <Button variant="secondary" onClick={() => setStrokes([])} disabled={pending}>
          {t("clear")}
        </Button>
        <Button variant="secondary" onClick={onPaper} disabled={pending}>
          {t("paper")}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
