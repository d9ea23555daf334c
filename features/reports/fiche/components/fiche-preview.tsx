import type { FicheDocument } from "../document";

/** The fiche as the PDF prints it, in HTML (server component). */
export function FichePreview({ doc, label }: { doc: FicheDocument; label: string }) {
  return (
    <article aria-label={label} className="space-y-4 rounded-lg border border-line bg-white p-6">
      <header className="space-y-1">
        <p className="text-sm font-bold uppercase tracking-wide text-muted">{doc.kicker}</p>
        <h2 className="text-2xl font-bold">{doc.title}</h2>
        <ul className="text-sm">
          {doc.header.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
        <p className="text-sm italic text-muted">{doc.computedAt}</p>
      </header>
      {doc.sections.map((s) => (
        <section key={s.key} className="space-y-2">
          <h3 className="border-b-2 border-brand pb-1 text-lg font-bold uppercase">{s.heading}</h3>
          {s.parts.map((p) => (
            <div key={p.key} className="space-y-1">
              {p.showHeading ? <h4 className="font-semibold">{p.heading}</h4> : null}
              {p.lines.length ? (
                <ul className="list-disc pl-5">
                  {p.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              ) : null}
              {p.text
                ? p.text.split(/\n{2,}/).map((para, i) => (
                    <p key={i} className="whitespace-pre-line">
                      {para}
                    </p>
                  ))
                : null}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
