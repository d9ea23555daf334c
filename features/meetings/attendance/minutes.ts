import "server-only";
import sanitizeHtml from "sanitize-html";

// Minutes are written in a small rich-text editor and stored as HTML. Whatever arrives (typed,
// pasted from a word processor, or posted by hand) keeps only these tags: no script, no style, no
// event handler, no image or frame, links to http(s) and mailto only.
const options: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "h2", "h3", "ul", "ol", "li", "blockquote", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  // What the editor produces for a new line in some browsers.
  transformTags: {
    div: "p",
    h1: "h2",
    h4: "h3",
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
  },
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object"],
};

/** Sanitised HTML of the minutes; null when nothing readable is left. */
export function sanitizeMinutes(html: string): string | null {
  const clean = sanitizeHtml(html, options).trim();
  const text = clean
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .trim();
  return text ? clean : null;
}
