"use client";

import { useEffect, useRef, useState } from "react";

export type MapPoint = { id: string; lat: number; lng: number; title: string; when: string; href: string };

type Labels = {
  region: string;
  listAlternative: string;
  noTiles: string;
  loading: string;
  failed: string;
  details: string;
};

/**
 * The located occurrences on a map. Leaflet (and its CSS) is imported only in the browser, after
 * the page is shown, so it never blocks the list. Without a tile server, or when tiles fail, the
 * markers stay on a blank background and a note says so; the list holds the same information.
 */
export function AgendaMap({
  points,
  tileUrl,
  tileAttribution,
  labels,
}: {
  points: MapPoint[];
  tileUrl?: string;
  tileAttribution?: string;
  labels: Labels;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    let dispose: (() => void) | undefined;
    let cancelled = false;
    import("./leaflet-map")
      .then(({ mountMap }) => {
        if (cancelled || !container.current) return;
        dispose = mountMap(container.current, {
          points,
          tileUrl,
          tileAttribution,
          detailsLabel: labels.details,
          onTileError: () => setTilesFailed(true),
        });
        setState("ready");
      })
      .catch(() => setState("failed"));
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [points, tileUrl, tileAttribution, labels.details]);

  if (state === "failed") return <p className="text-sm text-muted">{labels.failed}</p>;
  return (
    <div>
      <p className="mb-2 text-sm text-muted">
        {labels.listAlternative}
        {!tileUrl || tilesFailed ? <> {labels.noTiles}</> : null}
      </p>
      {state === "loading" ? <p className="mb-2 text-sm text-muted">{labels.loading}</p> : null}
      {/* Leaflet owns this element's children: React renders none. */}
      <div
        ref={container}
        role="region"
        aria-label={labels.region}
        className="h-80 w-full overflow-hidden rounded-lg border border-line bg-surface"
      />
    </div>
  );
}
