/**
 * A web page's controls and labels, each alone on its line, as a paste keeps them between a story's
 * paragraphs (decision 720): "Skip advertisement", "Save article", "Print this page", "Leave a
 * comment", "Report this comment", "Back to top", a sign-up box's "Please enter a valid email
 * address", a player's "Listen to this article · 4 min" and a picture's "Credit: Jane Smith/Reuters".
 * Each was a claim of the article's. Whole lines only (news-furniture.ts's LINE_FURNITURE), so a
 * sentence that opens with the same words and goes on ("Back to top form, the striker scored 30
 * goals") is read.
 *
 * Decision 740 adds the same controls in other sites' words: "Follow this topic", "Gift article",
 * "Share full article", the FT's "Add to myFT" and a player's "Listen to article" (with or without
 * its length). "Gift this article", "Share this article", "Read more" and "Show comments" were
 * already dropped by news-furniture.ts's page labels.
 *
 * Decision 765 adds a player's line with its time and no other words: "Listen · 4:32", "Watch
 * 2:15", "Play video, 1:03". A story's line that goes on past the time ("Watch 2:15 of the video,
 * where 40 officers charge the crowd") is read. Decision 840 adds a radio player's "Listen live 4:32",
 * decision 885 "Watch live 2:15" and the catch-up player's "Listen again 45:10".
 */
export const PAGE_CONTROLS = [
  /^(?:Skip (?:advertisement|ad|this ad)|Save (?:this )?(?:article|story)|Print (?:this )?(?:page|article|story)|(?:Leave|Post|Add) a comment|Report this comment|Back to top|Follow this (?:topic|author|writer)|Gift (?:article|story)|Share full (?:article|story)|Add to myFT|Please enter a valid e-?mail(?: address)?)\s*[.!]?\s*$/i,
  // "Listen to this article · 4 min"; "Listen to article" and "Listen to the article" alone or with
  // their length (decision 740).
  /^Listen to (?:this |the )?(?:article|story)(?:\s*[·•|–—-]\s*\d{1,2}\s*min(?:s|utes)?)?\s*$/i,
  // "Listen · 4:32", "Watch – 1:02:45", "Play video, 1:03": the player's verb, a mark or none, and
  // the clip's time to the line's end (decision 765). A radio player's "Listen live 4:32" too
  // (decision 840), and a catch-up player's "Listen again 45:10", "Watch again – 3:20" and a video
  // player's "Watch live 2:15" (decision 885). Not "Watch live: 12:30": a label and its colon
  // before a time is how a schedule gives a kick-off, so a colon after "Watch live" keeps the line.
  /^(?:Listen(?: live| again)?|Watch(?: again| live(?!\s*:))?|Play(?: (?:video|audio|clip))?)\s*[·•|–—,:-]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/i,
  /^Credits?\s*:\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\s*\/\s*(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})\s*$/u,
];
