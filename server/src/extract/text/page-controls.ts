/**
 * A web page's controls and labels, each alone on its line, as a paste keeps them between a story's
 * paragraphs (decision 720): "Skip advertisement", "Save article", "Print this page", "Leave a
 * comment", "Report this comment", "Back to top", a sign-up box's "Please enter a valid email
 * address", a player's "Listen to this article · 4 min" and a picture's "Credit: Jane Smith/Reuters".
 * Each was a claim of the article's. Whole lines only (news-furniture.ts's LINE_FURNITURE), so a
 * sentence that opens with the same words and goes on ("Back to top form, the striker scored 30
 * goals") is read.
 */
export const PAGE_CONTROLS = [
  /^(?:Skip (?:advertisement|ad|this ad)|Save (?:this )?(?:article|story)|Print (?:this )?(?:page|article|story)|(?:Leave|Post|Add) a comment|Report this comment|Back to top|Please enter a valid e-?mail(?: address)?)\s*[.!]?\s*$/i,
  /^Listen to this (?:article|story)\s*[·•|–—-]\s*\d{1,2}\s*min(?:s|utes)?\s*$/i,
  /^Credits?\s*:\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\s*\/\s*(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})\s*$/u,
];
