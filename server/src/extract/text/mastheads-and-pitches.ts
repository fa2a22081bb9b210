// Page furniture left from the twenty-first read (decision 550): a local site's masthead, a
// newsroom's donation pitch and a writer's biography at the page's foot with no name over it. Each
// pattern is a whole line (news-furniture.ts's LINE_FURNITURE), so a sentence that opens with the
// same words and goes on is read.

/** "for STAT.", "for the Daily Mail.": the newsroom a foot biography's writer writes for, ending the line. */
const WRITTEN_FOR =
  "for (?:the |The )?(?:\\p{Lu}{2,5}|(?:\\p{Lu}[\\p{L}'’.&-]* ){0,3}(?:News|Times|Post|Journal|Guardian|Telegraph|Herald|Tribune|Gazette|Chronicle|Standard|Independent|Mail|Express|Mirror|Observer|Economist|Reuters|Bloomberg|Politico|Axios|Insider|Magazine|Review|Globe|Courier|Press|Wire|Today|Monitor|Atlantic|Spectator|Reports|Week|Patch|Sun|Star|ProPublica|Verge|Vox|Wired|Semafor|Slate|Salon|Forbes|Fortune|Quartz|Vice|Variety|Deadline|Billboard|Intercept))\\.?\\s*$";

export const MASTHEADS_AND_PITCHES = [
  // Patch's masthead, a town, a state's postal code and "News": "Westfield, NJ News" ("Westfield,
  // NJ News reported 40 arrests" is read).
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}, \p{Lu}{2} News\s*$/u,
  // A newsroom's pitch for money: "Our journalism needs your support.", "Every dollar helps.",
  // "Support Courthouse News", "Donate to ProPublica". No figure and nothing after.
  /^Our (?:journalism|reporting|newsroom|work) (?:needs|relies on|depends on) (?:your|readers['’]) support\s*[.!]?\s*$/i,
  /^Every (?:dollar|donation|contribution|gift)(?:,? (?:big or small|however (?:big|small)),?)? (?:helps|counts|matters)\s*[.!]?\s*$/i,
  /^(?:Support|Donate to) (?:independent journalism|local journalism|our journalism|(?:\p{Lu}[\p{L}'’.&-]*\s){1,3}News)\s*[.!]?\s*$/u,
  // A writer's biography at the page's foot with no name line over it: "Maria Delgado covers
  // federal courts in the West for Courthouse News. She is based in San Francisco." A name (not
  // "The Treasury"), a beat and the outlet it is written for, with no figure, "who", "which" or
  // "than" ("Jane Smith covers the costs for the NHS, which paid £4m" is read). The outlet is a
  // newsroom's: a name in capitals ("BBC", "CNN") or one that ends on a masthead's word; "Blue Cross
  // covers the full cost of insulin for Medicare" and "The Federal Reserve reports on monetary
  // policy twice a year for Congress" are read. A politician's column note that carries its claim
  // ("Nigel Farage writes about how immigration doubled under the Tories for The Telegraph", "Keir
  // Starmer writes about cutting NHS waiting lists by half for The Times": a clause after "how",
  // "why", "that" or "whether", or a word of a change by a multiple) is read too (decision 595).
  new RegExp(
    `^(?!The )\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2} (?:covers|reports on|writes about) (?:(?!who\\b|which\\b|than\\b|how\\b|why\\b|that\\b|whether\\b|half\\b|doubled\\b|tripled\\b|halved\\b|twice\\b)[\\p{L}'’,-]+ ){1,8}${WRITTEN_FOR}`,
    "u",
  ),
  // STAT's author block sets the given name alone: "Meghana covers biotech and oncology for STAT."
  // (decision 595). With one name, the beat is a list of subjects in lowercase ("biotech and
  // oncology"): a company's single name over a line of business is read, "Aviva covers the pension
  // scheme for BT", "Zurich covers flood damage for HSBC" (decision 595's review).
  new RegExp(
    `^\\p{Lu}[\\p{L}'’-]+ (?:covers|reports on|writes about) \\p{Ll}+(?:, \\p{Ll}+)*,? and \\p{Ll}+ ${WRITTEN_FOR}`,
    "u",
  ),
];

/**
 * What follows furniture on its line and is furniture only there (extract-claims.ts): a donation
 * pitch's goal ("Our journalism needs your support. Every dollar helps. In 2026, Courthouse News set
 * a goal of raising $25,000.") and where the writer of a foot biography lives ("… for Courthouse
 * News. She is based in San Francisco."). Alone, "In 2026, Oxfam set a goal of raising $25
 * million" and "He is based in Kyiv" are the story's.
 */
export const AFTER_FURNITURE_ONLY =
  /^(?:In \d{4}, )?(?:\p{Lu}[\p{L}'’.&-]*\s){1,4}(?:set|has set|is setting) (?:a|an|itself a) (?:goal|target) of raising [$£€][\d,.]+(?:\s*(?:million|m|k))?\s*[.!]?\s*$|^(?:She|He|They) (?:is|are) based in \p{Lu}[\p{L}'’.-]*(?:,? \p{Lu}[\p{L}'’.-]*){0,2}\s*\.?\s*$/u;
