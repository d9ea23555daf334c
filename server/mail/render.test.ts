import { describe, expect, it } from "vitest";
import { escapeHtml, renderMail } from "./render";

describe("mail layout", () => {
  it("writes the text body as paragraphs, links with their address, then the closing paragraphs", () => {
    const { text } = renderMail({
      paragraphs: ["Bonjour Léa,", "Date : 12 mars\nLieu : mairie"],
      links: [
        { label: "Oui", url: "https://relais.test/rsvp/t?answer=yes" },
        { label: "Non", url: "https://relais.test/rsvp/t?answer=no" },
      ],
      after: ["L'équipe Relais"],
    });
    expect(text).toBe(
      "Bonjour Léa,\n\nDate : 12 mars\nLieu : mairie\n\nOui\nhttps://relais.test/rsvp/t?answer=yes\n\n" +
        "Non\nhttps://relais.test/rsvp/t?answer=no\n\nL'équipe Relais",
    );
  });

  it("escapes every typed text in the HTML body, one link as a paragraph, several as a list", () => {
    const one = renderMail({
      paragraphs: ['<script>alert("x")</script> & co'],
      links: [{ label: "Voir l'action", url: 'https://relais.test/a?b=1&c="2"' }],
    });
    expect(one.html).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p>\n" +
        '<p><a href="https://relais.test/a?b=1&amp;c=&quot;2&quot;">Voir l&#39;action</a></p>',
    );
    const two = renderMail({
      paragraphs: ["a\nb"],
      links: [
        { label: "x", url: "u" },
        { label: "y", url: "v" },
      ],
    });
    expect(two.html).toBe('<p>a<br>b</p>\n<ul><li><a href="u">x</a></li><li><a href="v">y</a></li></ul>');
    expect(escapeHtml(`'"<>&`)).toBe("&#39;&quot;&lt;&gt;&amp;");
  });
});
