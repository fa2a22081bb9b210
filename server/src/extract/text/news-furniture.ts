/**
 * The furniture of wire and newspaper copy that is not a claim: a byline ("By Jane Doe and Omar
 * Haddad"), a credit line ("(Reporting by Jane Doe; Editing by Mark Porter)"), time stamps,
 * teasers, photo credits, newsletter prompts, corrections, and the dateline
 * that opens a story ("WASHINGTON, Feb 17 (Reuters) - "). Only sentences that open a line are
 * looked at, and only their first chars, so the cost does not grow with the text.
 */

import { isPageCounter } from "@claimdesk/shared/page-counter";
import { isGalleryControlLine } from "./gallery-controls.ts";
import { GIVEN_NAMES_IN_S } from "./given-names-in-s.ts";
import { anyPatternTest } from "./any-pattern.ts";
import { BROADCASTER_LINES, BROADCASTER_PROMPTS } from "./broadcaster-prompts.ts";
import { PHOTO_CREDIT } from "./photo-credits.ts";
import { LIST_COLON_HEADING, SHOW_NOTES_AND_PAGE_LINES } from "./show-notes-and-page-lines.ts";
import { MASTHEADS_AND_PITCHES } from "./mastheads-and-pitches.ts";
import { LEARN_MORE_AT, TOPIC_LINKS_AND_APPEALS } from "./topic-links-and-appeals.ts";
import { isPlaceLabelInCapitals } from "./place-labels-in-capitals.ts";
import { isMatchDataLine } from "./match-report-lines.ts";
import { isStampedRunHeading } from "./podcast-chapters.ts";
import { jobsBeforePlaceOrPaper } from "./byline-place-or-paper.ts";
import { LETTERS_PAGE_LINES } from "./letters-page.ts";
import { NEWSLETTER_BLURBS, NEWSLETTER_NOTICES } from "./newsletter-box.ts";
import {
  closesOnAStorySource,
  closesOnTheBoxsPurposes,
  COOKIE_BUTTONS,
  COOKIE_NOTICES,
  LONG_CONSENT_NOTICE,
  opensAsACookieNotice,
} from "./cookie-banner.ts";
import { PAGE_CONTROLS } from "./page-controls.ts";
import { ADVICE_DISCLAIMER, BOX_HEADINGS_AND_LABELS } from "./box-headings-and-labels.ts";
import { HEADLINE_WORD } from "./headline-word.ts";

const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:de|da|van|von|al|bin)?\\s*\\p{Lu}[\\p{L}.'’-]*){0,3}";
/**
 * A reporter's job after the name on a byline's line, as AP and the Guardian set it: "AP
 * Basketball Writer", "Science correspondent". The words before the job are a desk, capitalised.
 */
const BYLINE_JOB =
  "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist)s?)?";
/** "By Jane Doe", "By business reporter Nadia Kourosh" (ABC's job before the name), "By JANE DOE and OMAR HADDAD, Reuters", "By Ana Ruiz | Staff writer", "By TIM REYNOLDS AP Basketball Writer", "By Sam Whitaker at St James' Park", "… at the Emirates Stadium". */
const BYLINE = new RegExp(
  `^By\\s+${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+)${NAME})*(?:\\s+(?:at|in)\\s+${NAME})?${BYLINE_JOB}\\s*(?:[,|–—-]\\s*[^.!?]{0,60})?$|^By\\s+${NAME}\\s+(?:at|in)\\s+the\\s+${NAME}\\s*$|^By\\s+(?:\\p{Ll}+\\s+){0,2}(?:writer|reporter|correspondent|editor)\\s+${NAME}\\s*$`,
  "u",
);
const CREDIT_LINE = /^[*_]*\(?\s*(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Research) by\b/i;
/**
 * A note about the story, a press release's contacts or its legal disclaimer: the rest of its line
 * is no claim. A dated correction ("Correction, May 12th, 2026, 11:40AM ET: An earlier version …")
 * is one too: its date is a day or a month and a number ("Correction, Mark Dale told the inquest:
 * …" opens with a name). A wire's note in brackets says what a new version of the story changed: "(Corrects
 * paragraph 3 to show the toll is five, not four)", "(Adds quote from minister in paragraph 5)",
 * "(Updates with …)"; its verb is one only a note opens with ("Updates" and "Changes" only before
 * what a note changes: not "(Changes to the rules …)").
 */
const STORY_NOTE =
  /^[*_]*(?:(?:(?:Correction|Clarification)(?:,\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.?\b)[^:.!?\n]{0,40})?|Editor['’]s note|Editors['’] note)\s*:|\((?:Corrects|Adds|Recasts|Refiles|Rewrites|Clarifies|Removes|Deletes|Repeats|Writes through|Updates (?:with|to|throughout|headline|lead|paragraph|story|details|figures|toll)|Changes (?:headline|dateline|paragraph|byline|slug|source)|Fixes (?:typo|spelling|paragraph|headline|dateline|byline))\b|(?:Media|Press|Investor) (?:contacts?|enquiries|inquiries)\s*:|Contacts?\s*:|Forward-looking statements\s*(?::|$)|Safe harbor statement\b|This (?:press )?release (?:contains|includes) forward-looking)/i;
/**
 * A note at the foot of a story that says it was changed ("• This article was amended on 10 May
 * 2026 to clarify …", "This story has been corrected."), and a live blog's sign-off ("That's all
 * from me for now.", "That's it for today!"). Each is a sentence of its own and ends there: a
 * recap or the next item may follow on its line ("That's all from us for tonight. To recap: at
 * least 12 people have died …"). A sign-off ends with its sentence, or a comma or dash with no
 * figure after it ("That's it for today – thanks for reading"): "That's it for tonight's debate:
 * …", "That's it for now from Westminster, where …" and "That's all for now, as MPs voted 320 to
 * 290" are claims.
 */
const SENTENCE_NOTE =
  /^[*_]*(?:•\s*)?(?:This (?:article|story|piece) (?:was|has been) (?:amended|corrected|updated)(?: on\b| to\b|[.!]?\s*$)|That['’]s (?:all|it)(?= from (?:me|us)| for (?:now|today|tonight))(?: from (?:me|us))?(?: for (?:now|today|tonight))?\s*(?:[.!]|[,–—](?![^.!?\n]*\d)|$))/i;
/**
 * "An earlier version said 80,000 people took part; the correct figure is 72,083.": the account
 * of what a note about a change corrected, which the note runs on over to its line's end.
 */
const EARLIER_VERSION = /^\s*An earlier version\b/;
/** A word of a day or a season that opens "By Christmas Eve, …" where a byline has a name. */
const DAY_WORD =
  "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Day|Eve|Morning|Afternoon|Evening|Night|Week|Weekend|Year['’]s|Christmas|Easter|Thanksgiving|Hanukkah|Diwali|Eid|Ramadan|January|February|March|July|September|October|November|December)";
/**
 * A byline that goes on into the writer's biography, as The Verge sets it: "By Priya Raman, a
 * senior reviewer covering phones, wearables and the odd smart ring. She has been at The Verge
 * since 2019." The biography runs to the line's end, as a note does. The name has two to four
 * words, and the job comes within five words of the article: "By Tuesday, a reporter had found 40
 * errors" opens with no name. Nor does a day's ("By Christmas Eve, a Reuters reporter had counted
 * 40 bodies", "By Monday Morning, an editor at the paper had resigned"), and a job followed by
 * what its holder did ("By Jane Doe, a reporter found …") is a sentence, not a biography.
 */
const BYLINE_BIO = new RegExp(
  `^By\\s+(?!(?:[\\p{L}.'’-]+\\s+){0,3}${DAY_WORD}\\b)\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3},\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:reviewer|reporter|writer|editor|correspondent|columnist|journalist|producer)\\b(?!\\s+(?:had|has|have|was|were|is|said|says|told|found|counted|reported|wrote|saw|described|filed)\\b)`,
  "u",
);
/** "My colleague Jamie Grierson will be taking over the blog.": a sign-off's handover. */
const HANDOVER =
  /^\s*(?:My|Our) colleagues? [^.!?\n]{0,60}?(?:will be|is|are|['’]ll be|['’]s|['’]re) taking over\b[^.!?\n]{0,40}[.!]?|^\s*(?:My|Our) colleagues? [^.!?\n]{0,60}?will take over\b[^.!?\n]{0,40}[.!]?/;
/**
 * Page and story furniture a pasted story carries: time stamps, "Read more:" teasers, photo
 * credits, newsletter prompts, contributor lines, corrections and editor's notes.
 */
const FURNITURE = [
  ...NEWSLETTER_NOTICES,
  // "Updated March 3, 2025", "Last updated 18:40 GMT", "Published 9.15am".
  /^(?:Updated|Published|Posted|Last updated)\b.{0,60}(?:\d{4}|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|[ECMP][SD]?T)?)\s*$/i,
  // NBC's "Last updated 11:42 PM EST": the AM and the zone both, right after the label (not "Updated
  // figures show 4,000 homes lost power at 10:18 AM EDT").
  /^(?:Updated|Published|Posted|Last updated)\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?\s*(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]?T)\s*$/i,
  // "Copyright 2025 The Associated Press.", "© 2025 Reuters" (not "Copyright holders have filed …").
  /^(?:Copyright\s*(?:©\s*)?\d{4}|©\s*\d{4})/i,
  /^(?:Read more|Related|See also|Also read|Read also|Watch|Listen|More on this)\s*:/i,
  // "Image Credit: Walt Disney Studios/Everett Collection" too (not "Image credits cost £40,000").
  /^(?:Photo|Photograph|Photography|Image|Video|Illustration)s?(?:\s+credits?)?\s*(?:by\b|:|\/)/i,
  // "Photographer: Jamie Kelter Davis/Bloomberg" alone on its line, as Bloomberg sets it: a name
  // and an agency, nothing more. Not "Photographer by training, Jane Doe won £40,000 …",
  // "Photographer/filmmaker Ana Ruiz said …", "Photographers: 12 were detained …" or a headline's
  // "Photographer: 'Police seized my camera …'".
  /^Photographers?\s*:\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s*\/\s*\p{Lu}[\p{L}'’. ]{1,30})?\s*$/u,
  /^(?:Sign up|Subscribe)\b/i,
  // A newsletter's and a paper's prompts: "Our newsletter brings you the latest headlines …", "Get
  // the biggest stories … straight to your inbox by signing up …", "Join the Manchester Evening
  // News WhatsApp community for breaking news alerts.", "Click here to join.", the consent box's
  // "I'd like to be emailed about offers, events and updates from National World …", and a pitch
  // for subscribers ("Thank you for reading. Can we ask for your support? Subscribe to …"). Each is
  // the whole sentence or says what a newsletter does: "Our newsletter brings in £4m a year" and
  // "Thank you for reading the report, the minister told MPs" are claims. (The newsletter, inbox,
  // WhatsApp and consent prompts are in PROMPTS, read only while they hold no claim of their own.)
  // "Press here to donate." and a bare "Click to" / "Tap to" (with at most three words after it,
  // "Click to enlarge") are the same calls (decision 710); not "Press here and there …", nor
  // "Press here to win, the sign said." (a comma) or "Click to cancel is dead." and "Tap to pay
  // arrives." (the name of a rule or a way to pay, not a button's verb; review of decision 710).
  /^(?:(?:Click|Tap) here\b[^.!?\n\d]{0,40}[.!]?|Press here to\b[^.!?,\n\d]{0,40}[.!]?|(?:Click|Tap) to(?: (?:enlarge|expand|play|watch|view|see|read|listen|subscribe|donate|share|follow|continue|zoom|unmute|mute|open|close|download|sign|register|join|load|show|hide|copy|print|reveal|vote|comment|reply|learn|find|shop|book|start|contact|visit|explore|discover|go)(?: [a-z]+){0,2})?[.!]?)\s*$/i,
  /^(?:Thank you|Thanks) (?:so much )?for reading(?: (?:The |the )?\p{Lu}[\p{L}’']*(?: \p{Lu}[\p{L}’']*){0,3})?\s*[.!]?\s*$/u,
  /^(?:Can|May|Could) we ask (?:you )?(?:for )?your (?:support|help)\b[^.!?\n\d]{0,40}\??\s*$/i,
  // "For more, see our full budget coverage": a link's teaser.
  /^For more(?: information)?,? (?:see|visit|read|go to)\b/i,
  /\bcontributed (?:reporting|to this (?:report|story|article))\.?\s*$/i,
  // AP's note on its funding at a story's foot: "The Associated Press receives support from several
  // private foundations … The AP is solely responsible for all content." (Not "The Associated Press
  // receives $40m a year from its members".) It is in PROMPTS.
  STORY_NOTE,
  SENTENCE_NOTE,
  BYLINE_BIO,
  // A press release's disclaimer: "Disclaimer: AAAS and EurekAlert! are not responsible …". One
  // sentence, not its line: "Disclaimer: the author owns Tesla shares. Tesla delivered 1.8
  // million cars in 2025." goes on to a claim.
  /^Disclaimer\s*:/i,
  // The BBC's pointer to support at a story's foot: "If you have been affected by the issues in this
  // story, help and support is available via the BBC Action Line." It points to help: "If you have
  // been affected by the issues in this story, you may be entitled to £75,000" is a claim.
  /^If you(?:['’]ve| have) been affected by (?:the |any of the )?(?:issues|topics|matters|subjects) (?:(?:raised|covered|discussed) )?in this (?:story|article|report|programme|piece)\b(?=[^.!?\n]*\b(?:help|support|advice|helpline|Action Line)\b)/i,
  // An affiliate disclosure: "If you buy something from a Verge link, Vox Media may earn a
  // commission.", "We may earn a commission …", "See our ethics statement."
  /^If you (?:buy|purchase) (?:something|anything)\b[^.!?\n]{0,80}\bcommission\b/i,
  /^We may (?:earn|receive) (?:a )?(?:small )?(?:affiliate )?commission\b/i,
  /^See our (?:ethics|affiliate|editorial|disclosure|review) (?:statement|policy|policies|guidelines)\b/i,
  // A call for readers' stories and comments: "Send your story ideas to …", "Have your say in the
  // comments below", "Join our commenting forum", "Join thought-provoking conversations, …". "Have
  // your say" and "Join the conversation" only alone or on the comments: "Have your say on the
  // plan by 30 June; the council says 40% of residents back it" goes on to a claim.
  // A page's note that the story will change: "We will update this post with Monday actuals."
  /^We(?:['’]ll| will) (?:update|be updating) (?:this|the) (?:post|story|article|page|report)\b[^.!?\n\d]{0,60}[.!]?\s*$/i,
  // The publisher's line at a page's foot: "Deadline is part of Penske Media Corporation." (the
  // groups named: "Arsenal is part of a group that owns 40 clubs" is a claim), and "Homes & Property
  // is part of the Evening Standard".
  /^\p{Lu}[\p{L}.'’ &-]{0,40} is (?:a )?part of (?:Penske Media|Future plc|Vox Media|Condé Nast|National World|Reach plc|Dotdash Meredith|News UK|Gannett|Lee Enterprises|Sky Group|Comcast|DMG Media|Newsquest|Guardian Media Group|Axel Springer|the Evening Standard)\b[^.!?\n\d,]{0,30}[.]?\s*$/u,
  // A police appeal's contact lines (the appeal itself is POLICE_APPEAL): "Anyone with information … is asked to call police on 101
  // quoting log …", "In an emergency, always dial 999.", "You can also contact Missing People free
  // and confidentially by calling or texting 116 000." They tell readers what to do and assert
  // nothing: the appeal in the present tense only ("Anyone with information was asked to call 101,
  // but 4,000 calls went unanswered" is a claim), the emergency number alone, the helpline with a
  // word of how it answers ("free", "confidentially", "anonymously", "24 hours") and a number (in
  // PROMPTS; the appeal and the helpline only while they hold no claim of their own, OWN_CLAIM).
  /^In an emergency,? (?:always |please )?(?:dial|call|ring) (?:999|911|112|000)\b[^.!?\n\d]{0,40}[.!]?\s*$/i,
  // "Do you have a story?", "Got a story?" (a local paper's foot, its address after it).
  /^(?:Do you have|Have you got|Got) a (?:story|news tip|tip)\b[^.!?\n]{0,40}\?/i,
  // Bloomberg's foot: "To contact the reporters on this story:" and "To contact the editors
  // responsible for this story:", each over its addresses. Not "To contact the reporters, the
  // police used 40 phones": the story is named. The colon ends its line or an address follows on
  // it ("… this story: Jane Smith in London at jsmith@bloomberg.net"): not "To contact the
  // authors of this report: the study found 40% of patients were misdiagnosed."
  /^To contact the (?:reporters?|editors?|authors?|writers?)\b[^.!?\n:]{0,40}\bthis (?:story|article|report)\s*:(?=[^\S\n]*(?:\n|$)|[^\n@]{0,80}@)/i,
  // A comment box's rule: "Comments are subject to our community guidelines." (not "Comments are
  // subject to a £40m fine under the new law").
  /^Comments (?:are|will be) (?:subject to|moderated (?:in line with|according to)) (?:our|the) (?:community |house |commenting )?(?:guidelines|rules|standards|terms)\b[^.!?\n\d]{0,40}[.!]?\s*$/i,
  // A publisher's company number at a page's foot: "Registered in England No. 04821956." (the
  // number is needed: "Registered in England in 2019, the firm now employs 4,000 people" is a claim).
  /^Registered in (?:England(?: (?:and|&) Wales)?|Wales|Scotland|Northern Ireland|Ireland)[,.]?\s+(?:with\s+)?(?:company\s+)?(?:No\.?|number|registration number)\s*:?\s*\d{6,8}\b[^.!?\n\d]{0,60}[.]?\s*$/i,
  // The BBC's foot: its links bar ("Terms of Use About the BBC Privacy Policy Cookies …") and its
  // note on links out ("The BBC is not responsible for the content of external sites. Read about
  // our approach to external linking."). The bar names its links: "Terms of use changed in 2025"
  // is a claim.
  /^Terms of (?:Use|Service)\s+About the BBC\b|^The BBC is not responsible for the content of external (?:sites|websites)\b[^!?\n\d]{0,20}$|^Read about our approach to external linking\b[.]?\s*$/,
  /^Send (?:us )?your (?:story ideas|stories|news tips|tips|pictures|photos|videos)\b/i,
  /^(?:(?:Have your say|Join (?:our|the) (?:conversation|discussion|debate))(?:\s*[.!:]?\s*$|[^.!?\n]{0,40}\b(?:comments?|below|forum)\b)|Join (?:our|the) commenting forum\b|Join thought-provoking conversations\b)/i,
  // The Local Democracy Reporting Service's note under each of its stories ("The Local Democracy
  // Reporting Service is a BBC-funded scheme which …", "The Local Democracy Reporter covering
  // Milton Keynes is Oliver Hayes."). Not a story about the service ("… faces cuts of £8m", "… is a
  // scheme that has 165 reporters and cost the BBC £8m a year") or its reporter's finding ("The
  // Local Democracy Reporter covering Leeds found that …").
  /^The Local Democracy Reporting Service is (?:a|an)\b[^.!?\n]{0,30}\b(?:scheme|partnership|agency|service),?\s+(?:(?:which|that) covers|between)\b|^The Local Democracy Reporter covering [^.!?\n]{1,40}? is \p{Lu}[^.!?\n]{0,40}[.]?\s*$/u,
  // A press release's top: "FOR IMMEDIATE RELEASE", "Embargoed until 00:01 BST …", EurekAlert!'s
  // "Peer-Reviewed Publication"; and its notes: "To arrange an interview, …", "Paper: '…' by …".
  // The labels stand alone, and a reference has no verb of reporting: "Peer-reviewed publication
  // of the study showed …", "Journal: The Lancet published the study, which followed 12,000
  // patients" and "To arrange an interview with 40 survivors took two years" are claims.
  /^(?:(?:For immediate release|Peer-reviewed publication)\s*[.:]?\s*$|Embargoed (?:until|till)\b|To arrange an interview\b[^.!?\n]{0,80}\b(?:contact|call|e-?mail|phone|ring)\b|(?:Paper|Journal|Citation|Study title|Article title)\s*:\s+(?:['‘"“]|(?![^.!?\n]*\b(?:said|says|reported|reports|found|finds|published|cites|showed|shows)\b)))/i,
  // A magazine's byline over an interview, "Interview by Helen Catt, Political Correspondent" (a
  // name, its job, nothing more: "Interview by police lasted four hours" is read).
  /^(?:Interview(?:ed)?|Interviews) by \p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*,\s*[\p{L} ]{0,40})?\s*$/u,
  // A Q&A's note and its tags: "This transcript has been edited for length and clarity.",
  // "Topics in this article: Housing, Labour, Planning".
  /^This (?:transcript|interview|conversation) has been (?:lightly |condensed and |edited and )?(?:edited|condensed)\b[^.!?\n\d]{0,40}[.]?\s*$|^Topics in this (?:article|story)\s*:\s*\p{Lu}[^.!?\n\d]*$/iu,
  // A subscription box: "We rely on readers like you to keep our obituaries free from commercial
  // bias." (the "Subscribe now …" after it on its line is then read as furniture too), and a sign-up
  // box's "By signing up you agree to our Privacy Policy".
  /^We rely on (?:readers|people|subscribers|supporters) like you\b[^.!?\n\d,]{0,80}[.]?\s*$|^By (?:signing up|subscribing|registering|clicking [^.!?\n]{1,20}),? you agree to (?:our|the)\b(?![^.!?\n]*\b(?:that|which|said|says|called|ruled)\b)[^.!?\n\d]{0,60}[.]?\s*$/i,
  // A call for readers' accounts: "Have you been affected by this recall? Tell us about it." (a
  // question on the story, then the request; "Tell us" alone on the line after it).
  /^Have you been (?:affected|impacted) by (?:this|the|these)\b[^.!?\n\d]{0,40}\?|^Tell us (?:about it|your story|more)\s*[.!]?\s*$/i,
  // A publisher's mission line at the foot: "Consumer Reports is an independent, nonprofit
  // organization that works …", "CR does not endorse products or services …" (ending there or on
  // "that works …" with no figure: "Google does not accept advertising from payday lenders" and
  // "… nonprofit organization that receives no government funding" are read).
  /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3} (?:is an? independent,? (?:non-?profit|not-for-profit) organi[sz]ation(?: that works\b[^\d\n]{0,120})?|does not endorse products or services(?:,? and does not accept advertising)?|does not accept advertising)\.?$/u,
  // A press release's "About Veridane Robotics" heading.
  /^About \p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}\s*:?\s*$/u,
];
/**
 * A section heading: "What happens next", "Why it matters", "Background", "Key points", a
 * fact-check's "Our ruling" and the summary's "If your time is short:".
 */
const SECTION_HEADING =
  /^(?:(?:What|Why|How|Where|Who|When)(?:\s+[\p{L}’']+){1,4}|Background|Analysis|Context|Key (?:points|facts|findings|events|highlights|takeaways|figures|numbers|stats|dates)|Up next|(?:The )?bottom line|At a glance|In numbers|Timeline|The big picture|Our (?:ruling|verdict|rating)|The (?:facts|evidence|ruling|verdict)|If your time is short|In short)\s*:?\s*$/iu;

/**
 * A fact-check summary's heading: "If your time is short:", "Key points:". Not an explainer box's
 * "Who qualifies:" or "What the bill does:", which holds the predicate of every bullet under it.
 */
const SUMMARY_HEADING =
  /^(?:If your time is short|In short|Key (?:points|facts|findings)|(?:The )?bottom line|At a glance)\s*:\s*$/iu;

/**
 * Does the line body[start, lineEnd) hold only a fact-check summary heading that ends in a colon
 * ("If your time is short:", "Key points:")? The splitter runs such a line into the list under it
 * (a colon goes on), so the first item's sentence opens with the heading.
 */
export function isColonHeadingLine(body: string, start: number, lineEnd: number): boolean {
  let e = lineEnd;
  while (e > start && body.charCodeAt(e - 1) === 32) e--;
  if (body.charCodeAt(e - 1) !== 58 || e - start > 40) return false;
  const heading = body.slice(start, e);
  return SUMMARY_HEADING.test(heading) || LIST_COLON_HEADING.test(heading) || isStampedRunHeading(heading);
}

/** The verbs of a title-case headline about a newsroom's staff, which no byline holds. */
const HEADLINE_VERBS =
  "Names|Named|Appoints|Appointed|Hires|Hired|Fires|Fired|Sacks|Sacked|Taps|Tapped|Picks|Picked|Promotes|Promoted|Ousts|Ousted|Axes|Axed|Poaches|Poached|Suspends|Suspended|Replaces|Replaced|Recruits|Recruited|Signs|Signed|Joins|Joined|Becomes|Became|Quits|Leaves|Meet|Meets";
/** A capitalised word of a byline's name or desk, not a headline's verb. */
const BYLINE_WORD = `(?!(?:${HEADLINE_VERBS})\\b)\\p{Lu}[\\p{L}'’-]+`;
/** The desk's first word, capitalised and the rest lowercase ("Science", "Defence"). */
const BYLINE_WORD_LOWER = `(?!(?:${HEADLINE_VERBS})\\b)\\p{Lu}\\p{Ll}+`;
const NETWORK = "(?:X|Twitter|Instagram|Bluesky|Threads|Facebook|TikTok|LinkedIn|Mastodon|YouTube)\\b";

/** Furniture that is a whole short line: tried only on sentences of at most LINE_FURNITURE_MAX chars. */
const LINE_FURNITURE_MAX = 120;
/** A month's name, in full or cut short. */
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
/** A date with its year, the day first or the month first: "12 May 2026", "May 12, 2026". */
const STAMP_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+\\d{4}`;
/** A time of day and its zone: "10:00 AM EDT", "6:30pm", "08:14 BST". */
const STAMP_TIME =
  "(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)\\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|AEST|AEDT|IST|JST)?";
/** A day of the week, in full or cut short, before a date: "Tuesday ", "Wed, ". */
const WEEKDAY_BEFORE_DATE = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s+";
/** A stamp's day of the week, if it has one. */
const STAMP_WEEKDAY = `(?:${WEEKDAY_BEFORE_DATE})?`;
/** A page's relative time: "3 hours ago", "45 mins ago". */
const RELATIVE_TIME = "\\d{1,2}\\s+(?:minutes?|mins?|hours?|hrs?|days?)\\s+ago";
/** A date and then a time ("May 12, 2026, 10:00 AM EDT", "November 18, 20262:14 AM GMT", the year run into the time as Reuters' page pastes), or a time and then a date ("11:42, 27 Nov 2026", as the Reach papers set it). */
const STAMP = `(?:${STAMP_WEEKDAY}${STAMP_DATE}(?:\\s*[,•|·–—-]|\\s+at)?\\s*${STAMP_TIME}|${STAMP_TIME},?\\s+${STAMP_DATE})`;
/**
 * A page's time stamp alone on its line: "May 12, 2026, 10:00 AM EDT", "Tuesday 12 May 2026 08:14
 * BST", "13 May 2026, 6:30pm", "18:05, 3 Dec 2026", with the time it was updated glued on as a
 * page pastes it ("11:42, 27 Nov 2026Updated 14:05, 27 Nov 2026", "November 18, 20262:14 AM
 * GMTUpdated 3 hours ago"). The time is required: a date alone on a line is read (and dropped,
 * having nothing to check) elsewhere. A label may open it, as Bloomberg and the Guardian set theirs:
 * "Updated on October 29, 2026 at 10:18 AM EDT" (a morning's "AM" and a zone after it, which the
 * label pattern in FURNITURE does not read), "Last modified on Thursday 13 November 2026 12:04 GMT", and
 * Patch's "Posted Wed, Nov 18, 2026 at 4:12 pm ET | Updated Wed, Nov 18, 2026 at 6:40 pm ET".
 */
const TIME_STAMP = new RegExp(
  `^(?:(?:Updated|Published|Posted|Last updated|Last modified|Modified)(?:\\s+on)?\\s*:?\\s*)?${STAMP}\\s*(?:[|·•]\\s*)?(?:(?:Updated|Last updated)\\s*(?:${STAMP}|${STAMP_TIME}|${RELATIVE_TIME})\\s*)?$`,
  "iu",
);
/**
 * A line that dates the story under its headline (decision 575): a full time stamp, a date with its
 * year that opens the line with no prose after it ("Nov. 26, 2026", "Friday November 27 2026, 12.01am GMT, The Times",
 * "Sun 29 Nov 2026 18.42 GMT") or a page's relative time ("2 hours ago").
 */
const DATE_OPENS_LINE = new RegExp(`^${STAMP_WEEKDAY}${STAMP_DATE}\\b`, "iu");
const RELATIVE_TIME_LINE = new RegExp(`^${RELATIVE_TIME}\\s*$`, "iu");
/**
 * A word in lowercase after a space, other than a stamp's "at", "am" or "pm": prose that runs on
 * past the date ("… adjourned until Tuesday" over "12 May 2026 at 7pm in the main hall", "… closed on
 * Sunday" over "November 29, 2026, and the results …"), a hard-wrapped sentence and no stamp.
 */
const PROSE_AFTER_DATE = /\s(?!(?:at|am|pm|[ap]\.m\.)(?:\s|$))\p{Ll}/u;
/**
 * The nouns and verbs a title-case headline puts before "at" and a place, which no reporter's name
 * holds (decision 575's review): "Jobs Cut at Ford", "Sales Slump at Tesco", "Record Turnout at
 * Polls", "Fire Breaks Out at Depot". Words that are also surnames ("Price", "Major", "More") are
 * left out; "Fall" is SURNAME_OR_VERB_AT.
 */
const HEADLINE_WORDS_AT =
  "Cut|Fire|Record|Jobs|Job|Sales|Slump|Strike|Blast|Crash|Chaos|Row|Protest|Deal|Turnout|Boost|Loss|Profit|Hike|Rise|Drop|Win|Surge|Shooting|Stabbing|Explosion|Outage|Delays|Walkout|Layoffs|Closure|Lockdown|Alert|Scare|Tragedy|Death|Arrest|Raid|Clash|Fury|Anger|Shock|Flood|Blaze|Panic|Pay|Prices|Staff|Workers|Shares|Plan|Plans|Breaks|Erupts|Big|Fresh|New";
/**
 * A headline's verb that is also a surname (decision 635): "Profits Fall at Tesco" is a headline,
 * its subject a plural in "-s", and "Tom Fall at Twickenham" a reporter at the ground.
 */
const SURNAME_OR_VERB_AT = "Fall";
/**
 * The words that make "Fall" a headline's noun before "at" (decision 635's review): "Sharp Fall at
 * Tesco", "Fatal Fall at Beachy Head", "Price Fall at Tesco"; no reporter's given name. Decision 675
 * adds "Mystery Fall at Zoo", "Unexplained", "Serious", "Deadly", "Suspected" and the like.
 */
const BEFORE_A_FALL_AT =
  "Sharp|Steep|Sudden|Dramatic|Fatal|Tragic|Price|Huge|Further|Slight|Surprise|Heavy|Nasty|Freak|Horror|Market|Share|Rent|Rate|Another|Second|Third|Final|Mystery|Unexplained|Serious|Deadly|Double|Bad|Awkward|Accidental|Suspected|Apparent";
/**
 * A match report's byline without "By": a reporter's two names and the ground ("Jacob Steinberg at
 * Villa Park"). No headline's verb for a name ("Fire Erupts at Heathrow" is no byline), nor a
 * headline's noun (HEADLINE_WORDS_AT), nor SURNAME_OR_VERB_AT after a plural or BEFORE_A_FALL_AT.
 * A given name in "-s" is no plural (GIVEN_NAMES_IN_S, decision 675): "James Fall at Twickenham".
 */
const NAME_AT_GROUND = new RegExp(
  `^(?!(?:[\\p{L}'’-]+\\s+)?(?:${HEADLINE_WORDS_AT})\\s)(?!(?:(?:(?!(?:${GIVEN_NAMES_IN_S})\\s)[\\p{L}'’-]*s|${BEFORE_A_FALL_AT})\\s+)?(?:${SURNAME_OR_VERB_AT})\\s)${BYLINE_WORD}\\s+(?![\\p{L}'’-]*s\\b)${BYLINE_WORD}\\s+at\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\s*$`,
  "u",
);
/**
 * A date under its day of the week alone on a line, with no time: the date line under a byline
 * ("Wednesday 25 November 2026", "Wed 25 Nov 2026", "Saturday, November 28, 2026"; decision 1120).
 * The date alone ("25 November 2026") was dropped already, as a sentence with too few words; the
 * weekday made it a sentence with nothing to check in it.
 */
const WEEKDAY_DATE_LINE = new RegExp(`^${WEEKDAY_BEFORE_DATE}${STAMP_DATE}\\.?\\s*$`, "iu");
/** A stamp signed with its paper's name ("Friday November 27 2026, 12.01am GMT, The Times"). */
const STAMP_UNDER_HEADLINE = new RegExp(
  `^${STAMP_WEEKDAY}${STAMP_DATE},?\\s+${STAMP_TIME},\\s*(?:The\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\s*$`,
  "iu",
);
/** Is the line a byline of a reporter at the ground (NAME_AT_GROUND)? */
export function isNameAtGround(line: string): boolean {
  return line.length <= 60 && NAME_AT_GROUND.test(line);
}
/** Does the line `line` (its white space at the end left out) date the story (a relative time, TIME_STAMP, DATE_OPENS_LINE)? */
export function datesTheStory(line: string): boolean {
  if (line.length > LINE_FURNITURE_MAX) return false;
  if (RELATIVE_TIME_LINE.test(line) || TIME_STAMP.test(line)) return true;
  return DATE_OPENS_LINE.test(line) && !PROSE_AFTER_DATE.test(line);
}
/** Is the line a byline that opens with "By" ("By Jane Doe", "By MARIA DELGADO")? */
export function isByByline(line: string): boolean {
  return line.charCodeAt(0) === 66 && line.length <= 160 && BYLINE.test(line);
}

/**
 * A byline's second line: "Staff Writer", "Senior Political Correspondent", "Travel Correspondent",
 * "Local Democracy Reporter", Deadline's "Box Office Editor", STAT's "Biotech Correspondent"
 * (decision 595), a desk named for where it reports: "Whitehall Editor", "Europe Editor", "Lobby
 * Correspondent", "Washington Correspondent" (decision 710).
 */
const DESK_JOB_LINE =
  /^(?:(?:Senior|Chief|Staff|Deputy|Associate|Contributing|Special|Political|Economics|Health|Science|Business|Foreign|Sports|Environment|Investigations|Local|Data|Education|Technology|Diplomatic|Whitehall|Lobby|Economic|Industry|Europe|Washington|Brussels|Travel|Transport|Democracy|Crime|Courts?|Home|Social|Affairs|Culture|Arts|Media|Consumer|Property|Motoring|Royal|Legal|Energy|Climate|Defence|Security|Parliamentary|Westminster|Regional|Policy|World|International|Box\s+Office|Film|Television|TV|Entertainment|Music|Games|Football|Rugby|Cricket|Tennis|Golf|Racing|Boxing|Politics|National|Biotech|Pharma|Medical|Markets|Finance|Tech|Weather|Investigative)\s+){0,3}(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Journalist)s?\s*$/i;
/** A writer's name and a comma before the job: "Jane Smith, " of "Jane Smith, Political Editor". */
const BYLINE_NAME = `${BYLINE_WORD}(?:\\s+${BYLINE_WORD}){1,2}`;
/** Two writers' names share the job: "Jane Smith and Tom Jones, Political Reporters" (decision 630). */
const NAME_BEFORE_JOB = new RegExp(`^${BYLINE_NAME}(?:\\s+and\\s+${BYLINE_NAME})?,\\s*`, "u");
/**
 * Is the line a byline without "By", a name and its job after a comma ("Jane Smith, Political
 * Editor"; decision 590)? The job is read by DESK_JOB_LINE, whose words are case-blind: one
 * regex with both would let the name's capitals be lowercase too.
 */
export function isNameAndJobByline(line: string): boolean {
  // The comma first: a literal test that turns away nearly every sentence before the regex runs.
  if (line.length > 80 || !line.includes(",")) return false;
  const name = NAME_BEFORE_JOB.exec(line);
  if (name === null) return false;
  // The place or paper after the job ("…, Political Editor, Westminster") is set aside (decision 630).
  return jobsBeforePlaceOrPaper(line.slice(name[0].length)).some((job) => DESK_JOB_LINE.test(job));
}

/** A live blog's time stamp on its own line: "14.05 BST", "14:20", "2:05 p.m. ET:". */
const LIVE_BLOG_STAMP_LINE =
  /^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|AEST|AEDT|IST|JST)?\s*:?\s*$/i;
/** Is the line a live blog entry's time stamp alone ("14:05 BST")? */
export function isLiveBlogStampLine(line: string): boolean {
  return line.length <= 24 && LIVE_BLOG_STAMP_LINE.test(line);
}

const LINE_FURNITURE = [
  ...BROADCASTER_LINES,
  ...SHOW_NOTES_AND_PAGE_LINES,
  ...LETTERS_PAGE_LINES,
  ...MASTHEADS_AND_PITCHES,
  ...TOPIC_LINKS_AND_APPEALS,
  ...COOKIE_BUTTONS,
  ...PAGE_CONTROLS,
  ...BOX_HEADINGS_AND_LABELS,
  ADVICE_DISCLAIMER,
  TIME_STAMP,
  WEEKDAY_DATE_LINE,
  RELATIVE_TIME_LINE,
  STAMP_UNDER_HEADLINE,
  NAME_AT_GROUND,
  // AP's share widget, one label a line, and its link to the story in Spanish: "Link copied",
  // "Copy link", "Leer en español".
  /^(?:Link copied|Copy link|Leer en español|Read in English)\s*$/i,
  // A page's share buttons, one a line: "Share on Facebook", "Share on X", "Share via Email".
  /^Share (?:on|via|to|with) (?:X|Twitter|Facebook|Reddit|LinkedIn|WhatsApp|E-?mail|Pinterest|Flipboard|Bluesky|Threads|Messenger|Tumblr)\s*$/i,
  // "All Rights Reserved." after a copyright notice on its line; a photo credit alone on its line
  // as National World sets it ("Picture: Simon Hulme"; not "Picture: Simon Hulme said …").
  /^All rights reserved\.?\s*$/i,
  // The Telegraph's copyright line without a sign: a company's name and the year alone ("Telegraph
  // Media Group Limited 2026").
  /^\p{Lu}[\p{L}&'’]*(?: (?:\p{Lu}[\p{L}&'’]*|&|and|of)){0,5} (?:Limited|Ltd|plc|Inc\.?|LLC) \d{4}\.?\s*$/u,
  /^(?:Picture|Pic)s?\s*:\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}(?:\s*\/\s*\p{Lu}[\p{L} ]{1,30})?\s*$/u,
  // Reuters' link labels, pasted with the words a screen reader hears: "Purchase Licensing
  // Rights, opens new tab", "Our Standards: The Thomson Reuters Trust Principles., opens new tab".
  // Only these: a story's own links read so inside its sentences ("said 40 people died, opens new
  // tab, in …").
  /^(?:Purchase Licensing Rights|Our Standards: The Thomson Reuters Trust Principles\.?)\s*,\s*opens new tab\.?\s*$/,
  LIVE_BLOG_STAMP_LINE,
  DESK_JOB_LINE,
  // Where a co-writer of a wire story was, at its foot: "Chan reported from London." (one name and a
  // place, nothing after: "Chan reported from London that 40 flights were cancelled" and "Nobody
  // reported from Gaza." are claims).
  /^(?!(?:Nobody|No|None|Noone)\b)\p{Lu}[\p{L}'’-]+ reported from \p{Lu}[\p{L}'’.-]*(?:,? \p{Lu}[\p{L}'’.-]*){0,3}\.?\s*$/u,
  // A photo agency's credit alone on its line, its caption lost in the paste ("Getty Images" under
  // a table or a picture, "AFP via Getty Images", "PA Wire"): a credit, no claim (decision 600).
  /^(?:(?:AFP|AP|Reuters|Bloomberg|EPA|PA|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) via )?(?:Getty Images|Shutterstock|Alamy(?: Stock Photo)?|PA Wire|EPA-EFE)\s*$/u,
  // A wire's name on its own line under a byline: "Associated Press", "Reuters".
  /^(?:The )?(?:Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg News|Press Association|PA Media)\s*$/,
  // The BBC's second byline line, its desk and a place: "BBC News, Derby", "BBC Scotland".
  /^BBC (?:News|Sport|Scotland|Wales|Verify|Newsbeat|Cymru)(?:\s+NI)?(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?\s*$/u,
  // The BBC's picture furniture: "Image source, Family handout", "Image caption, Tom Whitfield, 34,
  // …": a caption describes a picture, as one with a credit does (isCaptionLine).
  /^(?:Image|Photo|Video) (?:source|caption)\s*,/i,
  // A transcript's own heading and note: "Transcript: …", "The following is an edited transcript of …".
  /^(?:Transcript\s*:|The following is an? (?:(?:lightly|partial|edited|unofficial|rush)\s+)*transcript\b)/i,
  // A columnist's note at the end: "Gordon Pelletier is a columnist for the Lakeshore Tribune." (Not a
  // reporter's or an editor's job, which a story may state: "Jim Acosta is the chief White House
  // correspondent for CNN.")
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:columnist|contributor|contributing writer)(?:\s+(?:for|at|with)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,5})?\.?\s*$/u,
  // A wire desk's sign-off, initials joined by slashes and dashes: "bur-jm/dc/lb", "jm/rox".
  /^[a-z]{2,5}(?:-[a-z]{2,5})?(?:\/[a-z]{2,5}(?:-[a-z]{2,5})?){1,5}\s*$/,
  // A section heading: "What happens next", "Why it matters", "Background", "Key points", a fact-check's "Our ruling".
  SECTION_HEADING,
  // A Guardian byline without "By", the name and the job on one line: "Hannah Devlin Science
  // correspondent", "Hannah Devlin, Science correspondent". The job is lowercase, as a title-case
  // headline would not write it, and no word before it is a headline's verb ("Guardian Appoints
  // Katharine Viner editor", "Boris Johnson Sacked Times reporter"). A list, not an ending in -s
  // or -ed: names end so ("Evans", "Ahmed").
  new RegExp(
    `^${BYLINE_WORD}(?:\\s+${BYLINE_WORD}){1,2},?\\s+${BYLINE_WORD_LOWER}(?:\\s+\\p{Ll}+){0,2}\\s+(?:correspondent|editor|reporter|writer|columnist)s?\\s*$`,
    "u",
  ),
  // The Guardian's byline with the job before the name: "Education editor Lucy Bramwell", "Chief
  // political correspondent Pippa Crerar". Nothing after the name: "Former editor Lucy Bramwell
  // resigned in March" is read, and so is a line that says how the post came ("Newly appointed
  // editor Katharine Viner": an adverb or a participle before the job; decision 1070). Nor a
  // title-case headline about the writer ("Jailed reporter Evan Gershkovich", "Former editor Lucy
  // Bramwell Resigns", "Veteran war correspondent Marie Colvin Killed"): a participle first, or a
  // headline's word after the name (HEADLINE_WORD; review of decision 1070).
  new RegExp(
    `^(?!\\p{Lu}\\p{Ll}*(?:ly|ed)\\s)${BYLINE_WORD_LOWER}(?:\\s+(?!\\p{Ll}+ed\\s)\\p{Ll}+){0,2}\\s+(?:correspondent|editor|reporter|writer|columnist)\\s+(?!.*(?:${HEADLINE_WORD.source}))${BYLINE_WORD}(?:\\s+${BYLINE_WORD}){1,2}\\s*$`,
    "u",
  ),
  // A prompt to follow the writer: "Follow Helen on X", "Follow us on Instagram", "Follow BBC
  // Wales on Facebook, X and Instagram", "Follow Helen on X @hbriggs", "… for the latest updates",
  // "Follow BBC East Midlands on Facebook, on X, or on Instagram".
  // Nothing else after the networks: "Follow Elon Musk on X for a day and you will see 100 posts"
  // and "Follow Donald Trump on X and Instagram, where he has 90 million followers" are claims.
  new RegExp(
    `^Follow\\s+(?:us|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})\\s+on\\s+${NETWORK}(?:(?:,\\s*(?:or\\s+|and\\s+)?|\\s+and\\s+|\\s+or\\s+)(?:on\\s+)?${NETWORK})*(?:\\s+(?:at\\s+)?@[\\w.]+)*(?:\\s+for\\s+(?:more|updates|the latest)\\b[^.!?,;:\\d]{0,40})?[.!]?\\s*$`,
    "u",
  ),
  // An address alone to send stories to: "Email news@mkcitizen.co.uk", "Email
  // newsdesk@bromsgrovestandard.co.uk or call 01527 555 210."; a paper's "DOI: 10.1016/…".
  /^(?:E-?mail|Contact)\s+(?:us\s+(?:at|on)\s+)?[\w.+-]+@[\w.-]+\.\w+(?:\s+or\s+(?:call|ring|phone|text)\s+(?:us\s+)?(?:on\s+)?\+?\d[\d ]{4,15}\d)?\s*\.?\s*$|^DOI\s*:\s*\S+\s*$/i,
  // A page's labels and buttons alone on their line: "Gift this article", "Share this post",
  // "Reuse this content", "Get in touch", "More to follow...", "Live Reporting", a player's length
  // ("5:12 min"), a writer's handle under the byline ("@nickhallam_news"), a comment count ("1,142
  // comments").
  // NBC's "Share & Save", "Listen to this article" over a player's "6 min", "Show comments" (and
  // "View comments" under a comment count, decision 720) and
  // "Comments (38)"; its foot's menu, "Sections" over "tv" (run into one line by the lowercase).
  /^(?:Gift this (?:article|story)|Share this (?:post|article|story|page)|Reuse this content|Get in touch|More to follow|Live Reporting|Share & Save|Listen to this (?:article|story)|(?:Show|View|Read) (?:all )?comments|Sections(?:\s+tv)?)\s*[.…!]*\s*$|^\d{1,2}(?::\d{2})? min(?:s|utes)?\s*$|^@\w{2,30}\s*$|^\d{1,3}(?:,\d{3})* comments?\s*$|^Comments\s*\(\d{1,3}(?:,\d{3})*\)\s*$/i,
  // The Guardian's newsletter box: "Free daily newsletter" under the newsletter's name, and the
  // marker pasted after the box, "after newsletter promotion".
  /^(?:after newsletter promotion|Free (?:daily|weekly|monthly) newsletter)\s*$/i,
  // A press release's offer: "Dr Okafor is available for interview on Tuesday 12 May." (not "…
  // available for comment after the study found 40% of patients improved").
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:is|are) available for (?:interviews?|comment)(?:\s+(?:on|from|at|in|by|until|this|today|tomorrow|throughout|all)\b[^.!?\n]{0,50})?\s*[.!]?\s*$/u,
];
/** A link alone on its line, or after a label: "AP NBA: https://apnews.com/hub/nba". */
const LINK_LINE = /^(?:[\p{L}\p{N}&'’ .-]{1,40}:\s*)?(?:https?:\/\/|www\.)\S+\s*$/u;
/**
 * "WASHINGTON, Feb 17 (Reuters) - ", "BOGOTÁ (AP) — ", "BRUSSELS/WASHINGTON (AP) — ", "SAN JUAN, Puerto Rico, March 3 - ",
 * "CALDER, Wash., June 10, 2025 —", "AUSTIN, Texas, March 4, 2025 /PRNewswire/ --": a city in
 * capitals, optionally a region and a date (with its year), optionally an agency (in brackets or
 * slashes), then a dash, and the story after it or on the next line; or a wire's date and agency
 * alone ("Nov 5 (Reuters) - ").
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\/\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\s*\([^()\n]{2,40}\)\s*[-–—]{1,2}(?:\s+|$)|^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*(?:\([^()\n]{2,40}\)|\/[\p{L} -]{2,30}\/)?\s*[-–—]{1,2}(?:\s+|$)|^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*\([^()\n]{2,40}\)\s*[-–—]{1,2}\s+/u;

/** Does this line open a note about the story ("Correction: …"), which runs to the paragraph's end? */
export function opensStoryNote(sentence: string): boolean {
  return STORY_NOTE.test(sentence) || (sentence.charCodeAt(0) === 66 && BYLINE_BIO.test(sentence));
}

/** How far past a note's sentence a handover or "An earlier version" is looked for. */
const AFTER_NOTE_LOOK = 160;

/**
 * Where a note that is a sentence of its own (SENTENCE_NOTE) ends, when it opens the sentence
 * body[start, end): past a sign-off's handover that follows it on its line ("That's all from me
 * for now. My colleague … will be taking over the blog."), at the line's end when the account of
 * what a change corrected follows ("… was amended on 3 June 2026. An earlier version said …"), or
 * at the sentence's end. -1 when the sentence opens no such note.
 */
export function sentenceNoteEnd(body: string, start: number, end: number, lineEnd: number): number {
  if (!SENTENCE_NOTE.test(body.slice(start, Math.min(end, start + 161)))) return -1;
  let from = end;
  while (from < lineEnd && (body.charCodeAt(from) === 46 || body.charCodeAt(from) === 33)) from++;
  const after = body.slice(from, Math.min(lineEnd, from + AFTER_NOTE_LOOK));
  if (EARLIER_VERSION.test(after)) return lineEnd;
  const handover = HANDOVER.exec(after);
  return handover === null ? end : from + handover[0].length;
}

/**
 * Prompts and contact lines that are furniture only while they hold no claim of their own (a review
 * of decision 425): a newsletter's, an inbox's, a WhatsApp community's and a consent box's prompts,
 * AP's note on its funding and a helpline's number. "Our newsletter gives you more reason to
 * subscribe, the editor said, after 40,000 readers cancelled in 2025", "Get rid of the idea that 40%
 * of emails sent to your inbox are spam, the regulator said", "Join the Labour Party WhatsApp group
 * for activists, the leaked message said", "The Associated Press receives support from the Gates
 * Foundation, which gave $4m in 2025" and "Call the helpline free on 0800 123 4567, which took
 * 40,000 calls last year" are claims (OWN_CLAIM).
 */
const PROMPTS = [
  ...NEWSLETTER_BLURBS,
  ...COOKIE_NOTICES,
  ...BROADCASTER_PROMPTS,
  /^Our (?:(?:free|daily|weekly|morning|evening|new)\s+)*newsletters? (?:brings?|delivers?|gives?|sends?) you\b/i,
  /^Get (?:the |all the |our )?[^.!?\n]{0,80}?\b(?:straight |direct(?:ly)? |delivered )?(?:to|into|in) your inbox\b/i,
  // A newsletter's or an app's box: "Get our weekly property newsletter", "Get the New Statesman's
  // Morning Call email.", "Download the NBC News app for full coverage of the 2026 midterm elections".
  /^Get (?:the |our )[^.!?\n]{0,50}?\b(?:newsletter|email|e-mail|briefing)\s*[.!]?\s*$|^Download (?:the |our )[^.!?\n]{0,30}?\bapp\b[^.!?\n]{0,60}[.!]?\s*$/i,
  /^Join (?:the |our )?[^.!?\n\d]{0,50}?\b(?:WhatsApp|Telegram) (?:community|channel|group)(?: for [^.!?\n\d]{0,50})?\s*[.!]?\s*$/i,
  /^I['’]d like to (?:be emailed|receive|hear)\b[^.!?\n]{0,80}\b(?:offers|updates|newsletters?|news from)\b/i,
  /^The (?:Associated Press|AP)(?:['’]s [\p{L} ]{1,40}?)? receives (?:financial )?support from\b|^(?:The )?AP is solely responsible for all content\b/u,
  /^(?:You can (?:also )?(?:contact|call|ring|text|reach)|Contact|Call|Ring)\s+[^.!?\n]{0,60}?\b(?:free|confidentially|anonymously|24\/7|24 hours a day)\b[^.!?\n]{0,60}?\b(?:on|calling|texting|call|text)\s+\d/i,
];
/**
 * What a prompt, a contact line or a police appeal holds of its own: a clause after a semicolon or a
 * colon, a sum, a share or a count in thousands, a clause after a comma that tells what happened
 * ("…, after £40,000 of jewellery was stolen", "…, which received 12,000 complaints", "…, but 4,000
 * calls went unanswered") or a source that says it ("the editor said", "a YouGov poll found").
 * Phone numbers ("0800 555 111", "116 000"), a log number and its date ("1843 of 24/11/26") and a
 * web address ("https://…") hold none of these.
 */
const OWN_CLAIM =
  /[;:]\s|[£$€%]|\d,\d{3}|\d\s*(?:m|bn|million|billion)\b|,\s*(?:which|who|where|when|after|as|but|while|since|because|in which)\b|\b(?:said|says|found|finds|told|wrote|showed|shows|according to)\b/i;

/**
 * "Anyone with information about where Amelia might be is asked to call police on 101 quoting log
 * number 1843 of 24/11/26, or use the LiveChat service at …": a police appeal, which runs long with
 * its numbers and addresses; only its opening is read (see FURNITURE's contact lines).
 */
const POLICE_APPEAL =
  /^Anyone (?:with|who has|who have) (?:any )?information\b[^.!?\n]{0,120}?\b(?:is|are) (?:being )?(?:asked|urged|encouraged|requested) to (?:call|contact|ring|phone|speak|get in touch|report|come forward)\b/i;

// Each list tried in one call (any-pattern.ts): one call per pattern was most of their cost.
const anyFurniture = anyPatternTest(FURNITURE);
const anyPrompt = anyPatternTest(PROMPTS);
const anyLineFurniture = anyPatternTest(LINE_FURNITURE);

/** Is this line-opening sentence a byline, credit line or other furniture, with no claim in it? */
export function isNewsFurniture(sentence: string): boolean {
  // "A" first: the appeal is read from its opening, however long the sentence.
  if (sentence.charCodeAt(0) === 65 && POLICE_APPEAL.test(sentence)) return !OWN_CLAIM.test(sentence);
  if (sentence.length > 160) return false;
  // A byline starts with "B"; the credit-line regex fails on its first char for nearly everything else.
  if (isByByline(sentence.trimEnd())) return true;
  if (CREDIT_LINE.test(sentence)) return true;
  if (anyFurniture(sentence)) return true;
  // "We use cookies to track children, Google boasted": a story's sentence, not the banner (decision 765).
  if (anyPrompt(sentence)) {
    return !OWN_CLAIM.test(sentence) && !(closesOnAStorySource(sentence) && opensAsACookieNotice(sentence));
  }
  // A match report's line-up may run past LINE_FURNITURE_MAX.
  if (isMatchDataLine(sentence)) return true;
  if (sentence.length > LINE_FURNITURE_MAX) return false;
  if (anyLineFurniture(sentence)) return true;
  // A gallery's counter and buttons alone on their line: "1 of 12", "Previous 1 of 12 Next".
  if (isGalleryControlLine(sentence)) return true;
  // A page's counter a paste from a PDF keeps: "Page 2 of 5", "p. 2 of 5".
  if (isPageCounter(sentence.trimEnd())) return true;
  // A roundup's "SOUTH AFRICA" over its brief.
  if (isPlaceLabelInCapitals(sentence)) return true;
  // "Jane Smith, Political Editor": a byline without "By" (decision 590).
  if (isNameAndJobByline(sentence.trimEnd())) return true;
  return (sentence.includes("://") || sentence.includes("www.")) && LINK_LINE.test(sentence);
}

/** How far a consent box's long notice is read: the IAB box's runs to about 400 chars. */
const LONG_NOTICE_MAX = 800;
/** The box's opening words, asked before the pattern: "We and our ". */
const LONG_NOTICE_OPENING = "We and our ";

/**
 * Is the line-opening sentence body[start, end), past the 160 chars isNewsFurniture reads, a consent
 * box's long notice with no claim of its own (decision 765)? "We and our partners use cookies and
 * similar technologies to …" is the box's; the same words closed by "…, a former engineer told the
 * committee" or "…, Google boasted" are a story's.
 */
export function isLongConsentNotice(body: string, start: number, end: number): boolean {
  // Cheap first: a long sentence that opens with the box's words ("W", then the literal).
  if (end - start <= 160 || end - start > LONG_NOTICE_MAX || body.charCodeAt(start) !== 87) return false;
  if (!body.startsWith(LONG_NOTICE_OPENING, start)) return false;
  const notice = body.slice(start, end);
  // The box's notice closes on what the data is for ("…, and audience insights"); a story's sentence
  // in its words closes on its source or its own clause ("…, court papers show") (decision 765's review).
  if (!closesOnTheBoxsPurposes(notice)) return false;
  return LONG_CONSENT_NOTICE.test(notice) && !OWN_CLAIM.test(notice) && !closesOnAStorySource(notice);
}

/**
 * A question on a line of its own, with text after it: an explainer's heading ("What happened?",
 * "Is the £300 promise being kept?"), a sub-heading of a Q&A. It asks and asserts nothing; what
 * answers it follows.
 * It opens with a question word or an auxiliary and holds no quotation (a quoted question on its
 * line keeps its speaker); a question followed by more text on its line stays a claim, as a
 * rhetorical question may carry a figure the writer asserts ("Why did the council spend £4m on
 * consultants? The answer is simple.").
 */
const QUESTION_LINE =
  /^(?:What|Why|How|Where|Who|Whom|Whose|When|Which|Is|Are|Was|Were|Will|Would|Can|Could|Should|Do|Does|Did|Has|Have|Had|May|Might|Must|Shall)\b[^“”"\n]{0,110}\?$/;
const QUESTION_LINE_MAX = 120;

/** How far past a question's line the text it heads is looked for. */
const SECTION_LOOK = 200;
const NOT_SPACE = /\S/;

/**
 * Is the sentence body[start, end), which opens a line, that line's only text, a question, and
 * followed by more text (the section it heads)? A question that ends the text ("Do you realize we
 * spend $73 billion a year on it?" said alone) heads nothing and is read as before.
 */
export function isQuestionLine(body: string, start: number, end: number, lineEnd: number): boolean {
  let e = lineEnd;
  while (e > start && (body.charCodeAt(e - 1) === 32 || body.charCodeAt(e - 1) === 13)) e--;
  // Cheap first: the line ends with "?", within the sentence, and is short.
  if (body.charCodeAt(e - 1) !== 63 || e > end + 1 || e - start > QUESTION_LINE_MAX) return false;
  const question = body.slice(start, e);
  // "Is the NHS getting £20bn more a year?": a figure the question carries is what the piece
  // checks, and the question is its claim.
  if (FIGURE_IN_QUESTION.test(question)) return false;
  return QUESTION_LINE.test(question) && NOT_SPACE.test(body.slice(lineEnd, lineEnd + SECTION_LOOK));
}
const FIGURE_IN_QUESTION = /[\d$€£¥%]|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b/;

/**
 * Furniture that may follow other text on its line: a photo credit in brackets after a caption
 * ("(AP Photo/Virginia Mayo)", "(Reuters/Jonathan Drake)") and "All rights reserved." after a
 * copyright notice. Only a sentence that opens with "(" or "A" is looked at.
 */
// "Reporting by Priya Natarajan. Edited by Sam Holloway.": a credit line's second sentence too.
// "… met the New Statesman at his office. This transcript has been edited for length and clarity.":
// a Q&A's note after the introduction on its line. "Learn more at voltline.com/energygang." after a
// sponsor's line.
const TRAILING_FURNITURE = new RegExp(
  `^(?:${PHOTO_CREDIT}|${LEARN_MORE_AT}|All rights reserved|This (?:transcript|interview|conversation) has been (?:lightly )?(?:edited|condensed)(?: for (?:length|clarity)(?: and (?:length|clarity))?)?|(?:Edited|Editing|Additional reporting|Reporting|Writing) by \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}(?:(?:,| and) \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3})*)\\.?[*_]*\\s*$`,
  "u",
);
const PHOTO_CREDIT_ALONE = new RegExp(`^${PHOTO_CREDIT}$`, "u");

/** Does a sentence at `at` open as trailing furniture may: "(", "All r", "Edit", "Repo", "Writ", "Thi", "Le", "Fi"? */
function mayBeTrailingFurniture(body: string, at: number): boolean {
  const first = body.charCodeAt(at);
  if (first === 40) return true;
  const second = body.charCodeAt(at + 1);
  return (
    (first === 65 && second === 108 && body.charCodeAt(at + 4) === 114) ||
    (first === 69 && second === 100) ||
    (first === 82 && second === 101 && body.charCodeAt(at + 2) === 112) ||
    (first === 87 && second === 114) ||
    (first === 84 && second === 104 && body.charCodeAt(at + 2) === 105) ||
    (first === 76 && second === 101) ||
    (first === 70 && second === 105)
  );
}

/** Is the sentence body[start, end) furniture that may follow other text on its line? */
export function trailingFurnitureAt(body: string, start: number, end: number): boolean {
  if (!mayBeTrailingFurniture(body, start)) return false;
  const sentence = body.slice(start, Math.min(end + 1, start + 91));
  return sentence.length <= 90 && TRAILING_FURNITURE.test(sentence);
}

/** The longest line read as a photo's caption when a credit ends it. */
const CAPTION_MAX = 400;

/**
 * Does the line [start, end) end with a photo credit in brackets ("… on March 12, 2025. (AP
 * Photo/Virginia Mayo)")? Then it is a caption: it describes a picture, and claims nothing.
 */
export function isCaptionLine(body: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (body.charCodeAt(e - 1) === 32 || body.charCodeAt(e - 1) === 46 || body.charCodeAt(e - 1) === 13))
    e--;
  if (e - start > CAPTION_MAX) return false;
  if (body.charCodeAt(e - 1) !== 41) return endsWithBareCredit(body, start, e);
  const open = body.lastIndexOf("(", e - 1);
  return open > start && e - open <= 90 && PHOTO_CREDIT_ALONE.test(body.slice(open, e));
}

/**
 * A credit without brackets after a caption's last full stop, as Reuters sets its pictures: "…
 * in New York, U.S., November 17, 2026. REUTERS/Mike Segar", "… REUTERS/Umit Bektas/File Photo",
 * and on the gallery's second copy the link label after it ("… REUTERS/Mike Segar Purchase
 * Licensing Rights, opens new tab"). The agency is in capitals and the photographer has two or
 * three names: "according to REUTERS/Ipsos" and "a poll by REUTERS/IPSOS found" are no credit, nor
 * is the poll's name after a sentence ("Support for Trump was 40% in the poll. REUTERS/Ipsos Core
 * Political").
 * National World's captions end "Picture: Simon Hulme" ("Northern trains at Leeds station.
 * Picture: Simon Hulme"), the Guardian's "Photograph: Peter Byrne/PA"; "The picture is clear: 40%
 * of trains ran late" has no full stop before, and "Photograph: Peter Byrne said 40 patients
 * waited" has more than a name after the colon. The Telegraph sets "CREDIT:" in capitals after the
 * caption with no full stop before it ("… built to outlast her CREDIT: John Downing/Hulton Archive").
 */
const BARE_CREDIT =
  /\.\s+(?:(?:REUTERS|AFP|EPA|AP|XINHUA|ANADOLU)\/(?!Ipsos\b|IPSOS\b)\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2}(?:\/(?:File Photo|Pool|Handout|Illustration))?(?:\s+Purchase Licensing Rights,\s*opens new tab)?|(?:Picture|Photo(?:graph)?|Image)s?\s*:\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}(?:\s*\/\s*\p{Lu}[\p{L} ]{1,30})?)$|\sCREDIT:\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}(?:\s*\/\s*\p{Lu}[\p{L} ]{1,30})?$/u;
/** How far before a caption's end its bare credit is looked for. */
const BARE_CREDIT_REACH = 100;

/** Does the line body[start, e) end with a bare credit after a full stop (BARE_CREDIT)? */
function endsWithBareCredit(body: string, start: number, e: number): boolean {
  // Cheap first: the credit ends with a letter of a name or of "tab".
  if (e - start < 12) return false;
  return BARE_CREDIT.test(body.slice(Math.max(start, e - BARE_CREDIT_REACH), e));
}

/**
 * "Thiruvananthapuram, June 11 (PTI): ", "New Delhi, Jan 5 (IANS) - ": a city as written, a date
 * and an agency in brackets, then a colon or dash (Indian wire copy); the agency makes it safe to
 * read a city that is not in capitals.
 */
const AGENCY_DATELINE =
  /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2},\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*\([^()\n]{2,40}\)\s*[:–—-]{1,2}(?:\s+|$)/u;

const DASH_OR_COLON = /[-–—:]/;

/** Length of the dateline that opens `text` (a paragraph's first sentence), or 0. */
export function datelineLength(text: string): number {
  const head = text.slice(0, 100);
  // Every dateline ends with a dash or a colon: most sentences are settled by one scan.
  if (!DASH_OR_COLON.test(head)) return 0;
  const m = DATELINE.exec(head) ?? AGENCY_DATELINE.exec(head);
  return m ? m[0].length : 0;
}

/**
 * ", though the agency declined to comment", ", but a spokesperson did not respond to a request for
 * comment": who would not talk, joined to a claim; it asserts nothing to check and, left in the
 * claim, drags its score down.
 */
const NO_COMMENT_TAIL =
  /,\s*(?:though|although|but|and|while)\s+[^,;]{1,60}?\s+(?:declined|refused)\s+to\s+comment|,\s*(?:though|although|but|and|while)\s+[^,;]{1,60}?\s+(?:did not|didn['’]t)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+|an\s+email(?:ed)?\s+|repeated\s+)?requests?\s+for\s+comment|,\s*(?:though|although|but|and|while)\s+[^,;]{1,60}?\s+could\s+not\s+be\s+reached\s+for\s+comment/;
/** How far before a sentence's end a no-comment tail may start. */
const NO_COMMENT_REACH = 150;

/** Where a no-comment tail of the sentence body[start, end) begins (its comma), or -1. */
export function noCommentTailAt(body: string, start: number, end: number): number {
  let e = end;
  while (e > start && (body.charCodeAt(e - 1) === 46 || body.charCodeAt(e - 1) === 32)) e--;
  // Cheap first: the sentence's last word is "comment".
  if (e - start < 20 || body.charCodeAt(e - 1) !== 116 || body.slice(e - 8, e) !== " comment") return -1;
  const from = Math.max(start, e - NO_COMMENT_REACH);
  const m = NO_COMMENT_TAIL.exec(body.slice(from, e));
  return m === null || from + m.index + m[0].length !== e ? -1 : from + m.index;
}

/**
 * A crosshead that quotes the story in single marks, alone on its line, as the BBC sets it:
 * "'Warnings were ignored'". It repeats a quotation that follows, and its speaker is not named
 * yet; read as a quotation it went to whoever spoke last. The line is read in the text as pasted
 * (`verbatim`), before single marks are read as double ones: a quotation the story reports
 * stands in double marks, or ends with its final mark. A crosshead stands between paragraphs, with
 * a blank line on each side: a quotation that opens the text is its headline or the claim it
 * checks ("'Inflation has halved'\nThe prime minister repeated the claim 12 times"), and one
 * right under "The minister said:" is what she said.
 */
const QUOTED_CROSSHEAD = /^['‘][^'‘’"“”\n.!?:;]{3,60}['’]\s*$/;

/** Is the line verbatim[start, lineEnd) a crosshead in single marks? */
export function isQuotedCrosshead(verbatim: string, start: number, lineEnd: number): boolean {
  const first = verbatim.charCodeAt(start);
  if ((first !== 39 && first !== 0x2018) || lineEnd - start > 64) return false;
  return (
    QUOTED_CROSSHEAD.test(verbatim.slice(start, lineEnd)) &&
    blankLineAt(verbatim, start, -1) &&
    blankLineAt(verbatim, lineEnd, 1)
  );
}

/**
 * Is there a blank line next to the line that starts (dir -1) or ends (dir 1) at `at`, with text
 * past it on that side?
 */
function blankLineAt(text: string, at: number, dir: -1 | 1): boolean {
  let i = dir < 0 ? at - 1 : at;
  let breaks = 0;
  for (; i >= 0 && i < text.length; i += dir) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13) break;
  }
  return breaks >= 2 && i >= 0 && i < text.length;
}
