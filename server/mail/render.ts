// THE mail layout: plain text first, so that every mail reads well in any client; the HTML body
// is a simple rendering of the same paragraphs. Every feature's mails build their bodies here.

export type MailLink = { label: string; url: string };
export type MailBody = {
  /** What the mail says, before its links. A "\n" inside a paragraph is a line break. */
  paragraphs: string[];
  /** Links, each shown as its label then its address in the text body. */
  links?: MailLink[];
  /** Paragraphs after the links: expiry notes, "personal link" warnings, the signature. */
  after?: string[];
};

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => entities[c]!);
}

const paragraph = (p: string) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`;
const anchor = (l: MailLink) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`;

/** The text and HTML bodies of a mail, from the same paragraphs and links. */
export function renderMail({ paragraphs, links = [], after = [] }: MailBody): { text: string; html: string } {
  const text = [
    ...paragraphs,
    ...(links.length ? [links.map((l) => `${l.label}\n${l.url}`).join("\n\n")] : []),
    ...after,
  ].join("\n\n");
  const linksHtml =
    links.length === 0
      ? []
      : links.length === 1
        ? [`<p>${anchor(links[0]!)}</p>`]
        : [`<ul>${links.map((l) => `<li>${anchor(l)}</li>`).join("")}</ul>`];
  const html = [...paragraphs.map(paragraph), ...linksHtml, ...after.map(paragraph)].join("\n");
  return { text, html };
}
