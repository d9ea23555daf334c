import type { SeriesPoint } from "../constants";
import { seriesChartGeometry } from "../chart-geometry";

// A yearly series drawn on the server as SVG: bars for final years, hatched for a year still in
// progress, a line through them. Decorative for screen readers: the same numbers are in the table
// beside it (aria-hidden keeps them from being read twice). The geometry is ../chart-geometry.ts's,
// shared with the yearly review's PDF.

export function SeriesChart({ series, target }: { series: SeriesPoint[]; target?: number | null }) {
  const g = seriesChartGeometry(series, target);
  if (!g) return null;
  return (
    <svg
      viewBox={`0 0 ${g.width} ${g.height}`}
      className="h-auto w-full"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern
          id="open-hatch"
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="4" height="4" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="4" stroke="#1d5e4e" strokeWidth="2" />
        </pattern>
      </defs>
      <line x1={g.axis.x1} x2={g.axis.x2} y1={g.axis.y} y2={g.axis.y} stroke="#5b6770" strokeWidth="1" />
      {g.bars.map((b) => (
        <rect
          key={b.year}
          x={b.x}
          width={b.width}
          y={b.y}
          height={b.height}
          fill={b.open ? "url(#open-hatch)" : "#1d5e4e"}
          stroke="#1d5e4e"
        />
      ))}
      {g.path ? <path d={g.path} fill="none" stroke="#b45309" strokeWidth="1.5" /> : null}
      {g.target ? (
        <line
          x1={g.target.x1}
          x2={g.target.x2}
          y1={g.target.y}
          y2={g.target.y}
          stroke="#b91c1c"
          strokeDasharray="4 3"
        />
      ) : null}
      {g.labels.map((l, i) => (
        <text key={i} x={l.x} y={l.y} textAnchor="middle" fontSize="10" fill="#374151">
          {l.text}
        </text>
      ))}
    </svg>
  );
}
