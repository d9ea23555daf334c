// Loaded on demand by AgendaMap, in the browser only: Leaflet and its stylesheet stay out of the
// page's first load.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import type { MapPoint } from "./agenda-map";

export function mountMap(
  element: HTMLElement,
  options: {
    points: MapPoint[];
    tileUrl?: string;
    tileAttribution?: string;
    detailsLabel: string;
    onTileError: () => void;
  },
): () => void {
  const map = L.map(element, { scrollWheelZoom: false });
  if (options.tileUrl) {
    const layer = L.tileLayer(options.tileUrl, { attribution: options.tileAttribution, maxZoom: 18 });
    let reported = false;
    layer.on("tileerror", () => {
      if (!reported) options.onTileError();
      reported = true;
    });
    layer.addTo(map);
  }
  const markers = options.points.map((p) => {
    // Text nodes only: titles come from partners, never parsed as HTML.
    const popup = document.createElement("div");
    const title = document.createElement("strong");
    title.textContent = p.title;
    const when = document.createElement("p");
    when.textContent = p.when;
    const link = document.createElement("a");
    link.href = p.href;
    link.textContent = options.detailsLabel;
    popup.append(title, when, link);
    return L.circleMarker([p.lat, p.lng], {
      radius: 8,
      weight: 2,
      color: "#111827",
      fillColor: "#1d5e4e",
      fillOpacity: 0.85,
    })
      .bindPopup(popup)
      .bindTooltip(Object.assign(document.createElement("span"), { textContent: p.title }))
      .addTo(map);
  });
  const bounds = L.latLngBounds(markers.map((m) => m.getLatLng()));
  if (options.points.length === 1) map.setView(bounds.getCenter(), 14);
  else map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  return () => map.remove();
}
