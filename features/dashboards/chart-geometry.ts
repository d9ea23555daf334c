import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { SeriesPoint } from "./constants";

// The geometry of a yearly series chart (bars, a line through them, an optional target line, year
// labels), computed once with d3-scale/d3-shape for every renderer: the dashboard's React SVG
// (components/series-chart.tsx) and the yearly review's string SVG (features/reports/review/html.ts).

export const chartWidth = 320;
export const chartHeight = 120;
const margin = { top: 8, right: 8, bottom: 20, left: 8 };

export type ChartBar = { year: number; x: number; y: number; width: number; height: number; open: boolean };
export type ChartGeometry = {
  width: number;
  height: number;
  /** The zero line. */
  axis: { x1: number; x2: number; y: number };
  bars: ChartBar[];
  /** The line through the bars' tops, when there are two points or more. */
  path: string | null;
  /** The horizontal target line, when a target is given. */
  target: { x1: number; x2: number; y: number } | null;
  /** One per year of the range; `text` is empty for the years left unlabelled. */
  labels: { x: number; y: number; text: string }[];
};

/** The chart of a series, or null when no year has a value. */
export function seriesChartGeometry(series: SeriesPoint[], target?: number | null): ChartGeometry | null {
  const points = series.filter((p) => p.value !== null) as (SeriesPoint & { value: number })[];
  if (points.length === 0) return null;
  const years: number[] = [];
  for (let y = points[0]!.year; y <= points.at(-1)!.year; y++) years.push(y);
  const x = scaleBand<number>()
    .domain(years)
    .range([margin.left, chartWidth - margin.right])
    .padding(0.25);
  const max = Math.max(...points.map((p) => p.value), target ?? 0, 0);
  const min = Math.min(...points.map((p) => p.value), 0);
  const y = scaleLinear()
    .domain([min, max || 1])
    .nice()
    .range([chartHeight - margin.bottom, margin.top]);
  const path = line<SeriesPoint & { value: number }>()
    .x((p) => x(p.year)! + x.bandwidth() / 2)
    .y((p) => y(p.value))(points);
  const hasTarget = target !== undefined && target !== null;
  return {
    width: chartWidth,
    height: chartHeight,
    axis: { x1: margin.left, x2: chartWidth - margin.right, y: y(0) },
    bars: points.map((p) => ({
      year: p.year,
      x: x(p.year)!,
      width: x.bandwidth(),
      y: Math.min(y(p.value), y(0)),
      height: Math.abs(y(0) - y(p.value)),
      open: p.stage === "open",
    })),
    path: path && points.length > 1 ? path : null,
    target: hasTarget ? { x1: margin.left, x2: chartWidth - margin.right, y: y(target) } : null,
    labels: years.map((year) => ({
      x: x(year)! + x.bandwidth() / 2,
      y: chartHeight - 6,
      text: years.length <= 6 || year % 2 === 0 ? String(year) : "",
    })),
  };
}
