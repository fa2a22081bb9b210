import { decodeEntityAt } from "./html-entities.ts";

/** A table cell's text: tags dropped, entities decoded, white space folded. */
export function cellText(html: string): string {
  let text = "";
  for (let i = 0; i < html.length; i++) {
    const c = html[i]!;
    if (c === "<") {
      const close = html.indexOf(">", i);
      if (close < 0) break;
      i = close;
      text += " ";
      continue;
    }
    if (c === "&") {
      const entity = decodeEntityAt(html, i);
      if (entity) {
        text += entity.text;
        i += entity.length - 1;
        continue;
      }
    }
    text += c;
  }
  return text.replace(/\s+/g, " ").trim();
}
