import { formatValue } from "@/features/dashboards/components/figure-card";
import { calendarDay } from "@/lib/i18n/format-day";
import type { Review } from "../queries";
import type { ReviewFormat, ReviewT } from "./types";

// The lists of the review beside the figures: meetings by type, the SERD's labelled actions,
// staff time by role and activity; then objectives, recorded indicators and partners.

type Props = { review: Review; t: ReviewT; format: ReviewFormat };

const num = (format: ReviewFormat, v: number | null) =>
  v === null ? "—" : format.number(v, { maximumFractionDigits: 1 });

function MeetingsByType({ review, t, format }: Props) {
  if (review.meetingsByType.length === 0) return null;
  return (
    <table className="review-table" data-testid="review-meetings-by-type">
      <caption>{t("review.meetingsByType", { year: review.year })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("review.meetingType")}</th>
          <th scope="col">{t("dashboards.indicators.meetingsHeld.label")}</th>
          <th scope="col">{t("dashboards.indicators.meetingsAveragePresent.label")}</th>
          <th scope="col">{t("dashboards.indicators.meetingsAverageExcused.label")}</th>
          <th scope="col">{t("dashboards.indicators.meetingsCommunesPresent.label")}</th>
        </tr>
      </thead>
      <tbody>
        {review.meetingsByType.map((r) => (
          <tr key={r.eventType}>
            <th scope="row">{t(`meetings.eventTypes.${r.eventType}`)}</th>
            <td className="num">{num(format, r.held)}</td>
            <td className="num">{num(format, r.averagePresent)}</td>
            <td className="num">{num(format, r.averageExcused)}</td>
            <td className="num">{num(format, r.communesPresent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SerdHighlights({ review, t, format }: Props) {
  if (review.serdHighlights.length === 0) return null;
  return (
    <table className="review-table" data-testid="review-serd-highlights">
      <caption>{t("review.serdHighlights", { year: review.year })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("review.action")}</th>
          <th scope="col">{t("review.organisation")}</th>
          <th scope="col">{t("review.participants")}</th>
        </tr>
      </thead>
      <tbody>
        {review.serdHighlights.map((a, i) => (
          <tr key={i}>
            <th scope="row">{a.title}</th>
            <td>{a.organisation ?? "—"}</td>
            <td className="num">{num(format, a.participants)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StaffTables({ review, t, format }: Props) {
  const { staff } = review;
  if (staff.byRole.length === 0) return null;
  const eur = (v: number) =>
    format.number(v, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{t("dashboards.time.hours")}</th>
        <th scope="col">{t("dashboards.time.days")}</th>
        <th scope="col">{t("dashboards.time.cost")}</th>
        <th scope="col">{t("dashboards.time.fte")}</th>
      </tr>
    </thead>
  );
  const cells = (r: { hours: number; days: number; cost: number; fte: number }) => (
    <>
      <td className="num">{num(format, r.hours)}</td>
      <td className="num">{num(format, r.days)}</td>
      <td className="num">{eur(r.cost)}</td>
      <td className="num">{pct(r.fte)}</td>
    </>
  );
  return (
    <>
      <table className="review-table" data-testid="review-staff-roles">
        <caption>{t("dashboards.time.totalsCaption", { year: staff.year })}</caption>
        {head(t("dashboards.time.role"))}
        <tbody>
          {staff.byRole.map((r) => (
            <tr key={r.staffRole}>
              <th scope="row">{t(`dashboards.staffRoles.${r.staffRole}`)}</th>
              {cells(r)}
            </tr>
          ))}
          <tr className="total">
            <th scope="row">{t("dashboards.time.total")}</th>
            {cells(staff.total)}
          </tr>
        </tbody>
      </table>
      <table className="review-table">
        <caption>{t("dashboards.time.activityCaption", { year: staff.year })}</caption>
        {head(t("dashboards.time.activity"))}
        <tbody>
          {staff.byActivity.map((r) => (
            <tr key={`${r.activityKind}-${r.label}`}>
              <th scope="row">
                {t(`dashboards.activityKinds.${r.activityKind}`)}
                {r.label ? ` : ${r.label}` : ""}
              </th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ReviewTables({ area, ...props }: Props & { area: string }) {
  if (area === "meetings") return <MeetingsByType {...props} />;
  if (area === "serd") return <SerdHighlights {...props} />;
  if (area === "staff") return <StaffTables {...props} />;
  return null;
}

export function ReviewObjectives({ review, t, format }: Props) {
  const { objectives } = review.dashboard;
  if (objectives.length === 0) return <p className="review-empty">{t("dashboards.objectives.empty")}</p>;
  const o = (k: string) => t(`dashboards.objectives.${k}`);
  return (
    <table className="review-table" data-testid="review-objectives">
      <caption>{o("caption")}</caption>
      <thead>
        <tr>
          {["objective", "period", "target", "actual", "statusColumn", "trendColumn"].map((k) => (
            <th scope="col" key={k}>
              {o(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {objectives.map((ob) => (
          <tr key={ob.id}>
            <th scope="row">
              {ob.title}
              <span className="review-definition">
                {ob.labelKey ? t(ob.labelKey) : (ob.recordedName ?? "")}
              </span>
            </th>
            <td>
              {t("dashboards.objectives.periodValue", {
                start: calendarDay(format, ob.periodStart),
                end: calendarDay(format, ob.periodEnd),
              })}
            </td>
            <td className="num">
              {o(`direction.${ob.direction}`)} {formatValue(format, ob.unit, ob.target)}
            </td>
            <td className="num">{ob.actual === null ? "—" : formatValue(format, ob.unit, ob.actual)}</td>
            <td>
              <strong>{o(`status.${ob.status}`)}</strong>
            </td>
            <td>{o(`trend.${ob.trend}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReviewRecorded({ review, t, format }: Props) {
  const rows = review.dashboard.recorded.filter((r) => r.point !== null && r.point.value !== null);
  if (rows.length === 0) return null;
  return (
    <table className="review-table" data-testid="review-recorded">
      <caption>{t("review.recordedCaption", { year: review.year })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("review.indicator")}</th>
          <th scope="col">{review.year}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {r.name}
              {r.definition ? <span className="review-definition">{r.definition}</span> : null}
            </th>
            <td className="num">{formatValue(format, r.unit, r.point!.value!)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReviewPartners({ review, t }: Props) {
  if (review.partners.length === 0) return <p className="review-empty">{t("review.partnersEmpty")}</p>;
  const byType = new Map<string, Review["partners"]>();
  for (const p of review.partners) byType.set(p.actorType, [...(byType.get(p.actorType) ?? []), p]);
  return (
    <div className="review-partners" data-testid="review-partners">
      <p>{t("review.partnersCount", { count: review.partners.length, year: review.year })}</p>
      {[...byType].map(([type, list]) => (
        <div key={type} className="review-partner-group">
          <h3>
            {t(`directory.actorTypes.${type}`)} ({list.length})
          </h3>
          <ul>
            {list.map((p, i) => (
              <li key={i}>
                {p.name}
                {p.commune ? ` — ${p.commune}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
