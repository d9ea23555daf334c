import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { SeriesPoint } from "../constants";

// A yearly series drawn on the server as SVG: bars for final years, hatched for a year still in
// progress, a line through them. Decorative for screen readers: the same numbers are in the table
// beside it (aria-hidden keeps them from being read twice).

const width = 320;
const height = 120;
const margin = { top: 8, right: 8, bottom: 20, left: 8 };

export function SeriesChart({ series, target }: { series: SeriesPoint[]; target?: number | null }) {
  const points = series.filter((p) => p.value !== null) as (SeriesPoint & { value: number })[];
  if (points.length === 0) return null;
  const years = [];
  for (let y = points[0]!.year; y <= points.at(-1)!.year; y++) years.push(y);
  const x = scaleBand<number>()
    .domain(years)
    .range([margin.left, width - margin.right])
    .padding(0.25);
  const max = Math.max(...points.map((p) => p.value), target ?? 0, 0);
  const min = Math.min(...points.map((p) => p.value), 0);
  const y = scaleLinear()
    .domain([min, max || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<SeriesPoint & { value: number }>()
    .x((p) => x(p.year)! + x.bandwidth() / 2)
    .y((p) => y(p.value))(points);
  const label = (year: number) => (years.length <= 6 || year % 2 === 0 ? String(year) : "");
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" aria-hidden="true" focusable="false">
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
      <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} stroke="#5b6770" strokeWidth="1" />
      {points.map((p) => (
        <rect
          key={p.year}
          x={x(p.year)}
          width={x.bandwidth()}
          y={Math.min(y(p.value), y(0))}
          height={Math.abs(y(0) - y(p.value))}
          fill={p.stage === "open" ? "url(#open-hatch)" : "#1d5e4e"}
          stroke="#1d5e4e"
        />
      ))}
      {path && points.length > 1 ? <path d={path} fill="none" stroke="#b45309" strokeWidth="1.5" /> : null}
      {target !== undefined && target !== null ? (
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={y(target)}
          y2={y(target)}
          stroke="#b91c1c"
          strokeDasharray="4 3"
        />
      ) : null}
      {years.map((year) => (
        <text
          key={year}
          x={x(year)! + x.bandwidth() / 2}
          y={height - 6}
          textAnchor="middle"
          fontSize="10"
          fill="#374151"
        >
          {label(year)}
        </text>
      ))}
    </svg>
  );
}
