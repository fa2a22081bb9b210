/** Word lists behind the rule-based analysis. Kept in one place so they are easy to extend. */

export const REPORTING_VERBS = new Set([
  // A witness's sworn account: "Wells testified that Marchetti paid her $1,500 a month".
  "testified",
  "testifies",
  "said",
  "says",
  "say",
  "announced",
  "announces",
  "confirmed",
  "confirms",
  "stated",
  "states",
  "claimed",
  "claims",
  "reported",
  "reports",
  "told",
  "tells",
  "wrote",
  "writes",
  "added",
  "adds",
  "noted",
  "notes",
  "insisted",
  "insists",
  "argued",
  "argues",
  "warned",
  "warns",
  "highlighted",
  "highlights",
  "explained",
  "explains",
  "revealed",
  "reveals",
  "declared",
  "declares",
  "asserted",
  "maintained",
  "acknowledged",
  "admitted",
  // A debate's answers: "…,” he replied", "Starmer countered that …", "Reeves retorted that …".
  "replied",
  "countered",
  "retorted",
  "denied",
  "denies",
  "emphasized",
  "emphasised",
  "stressed",
  "tweeted",
  "posted",
  "estimated",
  "estimates",
  // A body's arithmetic or fear is still its claim, before a clause (attribution.ts):
  // "Researchers calculated that …", "Officials feared the toll would rise".
  "calculated",
  "calculates",
  "calculate",
  "feared",
  "predicted",
  "alleged",
  "alleges",
  "suggested",
  "suggests",
  "suggest",
  "indicated",
  "indicates",
  "indicate",

  "disclosed",
  "underlined",
  "recalled",
  "pointed",
  "cautioned",
  "cautions",
  "concluded",
  "concludes",
  "found",
  "finds",
  "believe",
  "believes",
  // Base forms, for plural speakers: "Supporters claim", "Critics argue", "Officials warn".
  "claim",
  "argue",
  "warn",
  "insist",
  "allege",
  "admit",
  "deny",
  "suggest",
  "caution",
  "conclude",
  "predict",
  "acknowledge",
  "confirm",
  "announce",
]);

export const AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "must",
  "shall",
  "does",
  "do",
  "did",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "hasn't",
  "haven't",
  "won't",
  "didn't",
  "doesn't",
  "can't",
]);

export const IRREGULAR_PAST = new Set([
  "died",
  "lied",
  "met",
  "said",
  "took",
  "made",
  "went",
  "saw",
  "came",
  "got",
  "gave",
  "found",
  "told",
  "thought",
  "became",
  "left",
  "felt",
  "brought",
  "began",
  "kept",
  "held",
  "wrote",
  "stood",
  "heard",
  "meant",
  "paid",
  "ran",
  "led",
  "grew",
  "lost",
  "fell",
  "sent",
  "built",
  "spent",
  "won",
  "rose",
  "struck",
  "sought",
  "bought",
  "caught",
  "taught",
  "fought",
  "drove",
  "spoke",
  "broke",
  "chose",
  "flew",
  "threw",
  "knew",
  "drew",
  "hid",
  "shot",
  "sold",
  "understood",
  "comes",
  "goes",
  "says",
  "shows",
  "remains",
  "seeks",
  "plans",
  "faces",
  "wants",
  "needs",
  "owns",
  "killed",
  "hit",
  "cut",
  "put",
  "set",
  "quit",
  "upheld",
  "withdrew",
  "overtook",
  "forbade",
  "swore",
  "slid",
  "sank",
  "shrank",
  "spread",
  "stole",
  "ate",
  "wore",
  "tore",
  "froze",
  "rang",
  "swam",
  "drank",
  "fled",
  "bled",
  "dealt",
  "dug",
  "slept",
  "wept",
  "swept",
  "sprang",
  "stung",
  "swung",
  "strove",
  "forgot",
  "forgave",
  "spun",
  "oversaw",
  "undertook",
  "mistook",
  "foresaw",
  "overthrew",
  "withheld",
  "rebuilt",
]);

/**
 * Pasts unlike their participles ("rose", not "risen"; not "built", "won", "hurt"): after a noun
 * they are its clause's verb, never a participle that describes it ("prices rose", not "roads
 * built in 1960"). Read after "and" by joined-clause.ts and after a conceding present with no
 * "that" by conceding-in-the-present.ts (decision 1010: "Tesco admits prices rose").
 */
export const PASTS_UNLIKE_PARTICIPLES = new Set(
  "rose fell grew took came went gave began ran drew drove flew threw wrote spoke broke chose shrank sank saw became".split(
    " ",
  ),
);

/**
 * Nouns of time: an article before one makes a when, not a clause's subject ("at the plant the
 * day …"; lowercase-place-of-audience.ts), and "this" before one, after a conceding present, the
 * time it was said ("Tesco admits this week that …"; conceding-in-the-present.ts, decision 1055).
 */
export const TIME_SPAN_NOUNS: ReadonlySet<string> = new Set(
  "day week month year night morning afternoon evening weekend hour moment".split(" "),
);

/**
 * The relative pronouns that open a clause about the noun before them: "the man who robbed him",
 * "the firm that dumped the waste" (tense.ts, reported-content.ts).
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "that"]);

/**
 * The relative words that open an aside between commas about the noun before them: "Hayes, who
 * voted against it, said", "The report, which Reuters has reviewed, found" ("that" opens no aside;
 * speech-subject.ts, reported-content.ts).
 */
export const ASIDE_RELATIVE_WORDS: ReadonlySet<string> = new Set(["who", "whose", "which"]);

/**
 * Pasts of a change by a multiple: "sales doubled", "the cost trebled"; after "more than" a verb
 * ("more than doubled", present-verb-by-its-word.ts), not a figure's qualifier.
 */
export const MULTIPLIER_PASTS: ReadonlySet<string> = new Set(["doubled", "tripled", "trebled", "quadrupled", "halved"]);

/**
 * Pasts of a change in "-ed" ("dropped", "slumped", "increased"): participles too, but before a
 * figure a clause's verb ("sales slumped 4%"). Read after "and" by joined-clause.ts (not before
 * "by" and a name: "fees increased by the council") and after a conceding present with no "that"
 * by conceding-in-the-present.ts, before a figure or at the sentence's end (decision 1055:
 * "Tesco concedes sales slumped 4%").
 */
export const CHANGE_PASTS: ReadonlySet<string> = new Set([
  ..."dropped surged climbed jumped declined slumped soared plunged tumbled slipped dipped edged rallied stalled collapsed peaked rebounded recovered increased decreased narrowed widened eased".split(
    " ",
  ),
  ...MULTIPLIER_PASTS,
]);

/**
 * Is a word written as a year of the last two centuries ("1998", "2025")? Read where a bare
 * figure is told from a year: a table's datum, a claim's opening count, a figure before a share's
 * "who", a present after "in 2025".
 */
const YEAR = /^(?:1[89]|20)\d\d$/;
export function isYear(word: string): boolean {
  return YEAR.test(word);
}

/**
 * Does a lowercase word show a verb: an auxiliary, an irregular past or a past in "-ed" of five
 * letters or more ("was", "rose", "backed")? Set look-ups and one compare; read after a share's
 * group and before its figure (share-group-words.ts, share-group-who-clause.ts) and after an age of
 * one (group-narrowed-by-age.ts).
 */
export function showsAVerb(word: string): boolean {
  return AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith("ed"));
}

/**
 * A source's conceding presents: "…, the company admits", "Tesco concedes that …". No reporting
 * verbs, since each as often takes an object ("admits 40 patients"); flagged CONCEDING in
 * word-flags.ts (decision 930), read as a quotation's tag by quote-speaker.ts (decision 970) and as
 * a verb that dates its statement by statement-dates.ts (decision 1010).
 */
export const CONCEDING_PRESENTS = ["admits", "concedes", "maintains", "boasts"];
/**
 * Their pasts and "acknowledged", reporting verbs that take an object as often ("the hospital
 * admitted 40 patients"): a date right after one is its statement's ("Tesco admitted last month
 * that …"; statement-dates.ts, decision 1055), as for the presents.
 */
export const CONCEDING_PASTS = ["admitted", "conceded", "maintained", "boasted", "acknowledged"];

/**
 * Verbs of a change or an event to come, in the base form: what "could" looks ahead with ("could
 * start lowering rates", "could rise to 4%"; tense.ts), a plural's present before a trailing
 * "…, X said" ("Prices fall, analysts said"; reported-content.ts, decision 965), and a clause of
 * change before a tag inside the sentence, in the base form or past it (`changeVerbPastOrIngForm`;
 * "Rents rose, the ONS said, by 9%"; change-by-a-figure.ts, decision 1005).
 */
export const CHANGE_VERBS = new Set(
  (
    "start begin rise fall cut hit end cost increase decrease double triple slow grow lose come arrive resume " +
    "peak top exceed climb drop jump soar surge plunge ease"
  ).split(" "),
);

/** Pasts and participles of `CHANGE_VERBS` not written with "-ed" ("rose", "risen", "fell"). */
const CHANGE_VERB_IRREGULARS = new Set("rose risen fell fallen grew grown lost came began begun".split(" "));

/**
 * Is the lowercase word one of `CHANGE_VERBS` past the base form: a past or participle ("rose",
 * "fallen", "climbed", "dropped", "eased") or in "-ing" ("rising", "dropping")? A set look-up, then
 * at most three slices and look-ups. Read before a figure after a tag inside the sentence ("Rents
 * rose, the ONS said, by 9%"; change-by-a-figure.ts, decision 1005).
 */
export function changeVerbPastOrIngForm(word: string): boolean {
  if (CHANGE_VERB_IRREGULARS.has(word)) return true;
  const ending = word.endsWith("ed") ? 2 : word.endsWith("ing") ? 3 : 0;
  if (ending === 0 || word.length - ending < 3) return false;
  const stem = word.slice(0, -ending);
  // "climbed", "eased" ("eas" + "e"), "dropped" (its last consonant doubled).
  return (
    CHANGE_VERBS.has(stem) ||
    CHANGE_VERBS.has(`${stem}e`) ||
    (stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && CHANGE_VERBS.has(stem.slice(0, -1)))
  );
}

/**
 * Is the lowercase word a plural subject: "they", "we", a noun in "-s" (not "-ss") or one of
 * `PLURAL_WITHOUT_S`? Read before a base-form present by reported-content.ts ("the figures include",
 * "Prices fall, analysts said"; decision 965) and change-by-a-figure.ts (decision 1005).
 */
export function pluralSubjectWord(subject: string): boolean {
  return (
    subject === "they" ||
    subject === "we" ||
    PLURAL_WITHOUT_S.has(subject) ||
    (subject.endsWith("s") && !subject.endsWith("ss"))
  );
}
/** Plural subjects with no "-s": "the police share the blame". */
const PLURAL_WITHOUT_S = new Set(["police", "people", "children", "staff", "women", "men"]);

/**
 * Present verbs a plural group of people takes as its verb, none of them also a noun a group's
 * word may modify (decision 960): "the elderly live alone", "the rich earn more", "babies under one
 * sleep", "women who work part-time earn less". Not "vote", "pay", "work", "rent", "claim", "need":
 * "the young vote", "the sick pay", "the old work" are nouns after a modifier. Read by
 * share-group-words.ts, share-group-who-clause.ts and group-narrowed-by-age.ts.
 */
export const PLURAL_PRESENT_VERBS = new Set(
  (
    "live say think believe feel want earn own receive struggle rely lack agree oppose fear expect " +
    "suffer prefer remain spend sleep smoke die"
  ).split(" "),
);

/**
 * Present verbs of `PLURAL_PRESENT_VERBS` that also stand before a noun: "the old smoke alarms",
 * "live music" (`share-group-words.ts`), "who take daily sleep tablets" (review of decision 1105,
 * `share-group-who-clause.ts`).
 */
export const NOUNS_BEFORE_A_NOUN = new Set(["live", "smoke", "sleep"]);

/**
 * Participles said of buildings and things built, not of people: "30% of the old were built before
 * 1900" is of old bridges or homes (decision 1045, `share-group-words.ts`). "hit", "moved", "cared
 * for" are said of people too and are not here.
 */
export const PARTICIPLES_OF_BUILT_THINGS = new Set(
  (
    "built rebuilt constructed erected demolished bulldozed renovated refurbished modernised modernized " +
    "repaired restored rewired insulated resurfaced repainted decommissioned scrapped"
  ).split(" "),
);

/**
 * Singular measures of a workforce, no verbs: "40% of care home staff turnover is in the first year"
 * is a share of the turnover, not of the staff (decision 1045, `share-group-words.ts`). Not "pay",
 * "work", "training": "40% of staff pay into a pension" is of the staff.
 */
export const WORKFORCE_MEASURES = new Set(
  "turnover absence absenteeism attrition retention morale headcount wellbeing productivity".split(" "),
);

/**
 * Measures of a workforce that are also a plural's verbs: "40% of staff pay is linked to
 * performance" is of the pay, "40% of staff pay into a pension" of the staff. Read as the measure
 * only before a singular verb ("is", "was", "has"; decision 1105, `share-group-words.ts`).
 */
export const WORKFORCE_MEASURES_ALSO_VERBS = new Set(["pay", "work", "training"]);

/**
 * Plurals that modify a plural after them: "sports cars", "sales staff", "arts workers", "savings
 * accounts", "benefits claimants", "drugs users", "maths pupils", "events companies". Two plurals in
 * a row with one of these first (or a subject in "-ics": "physics students") are one noun, no
 * reduced clause ("who rent homes landlords are selling"; decision 1045 and its review,
 * `share-group-who-clause.ts`). "schools trusts" from decision 1105.
 */
export const PLURALS_BEFORE_A_NOUN = new Set(
  (
    "sports sales arts news goods arms savings customs benefits drugs maths events games parks operations " +
    "communications schools"
  ).split(" "),
);

/**
 * Adverbs that follow a verb and end its clause, never the next verb's own: "adults who smoke daily
 * want to quit", "people who work remotely are" (decision 1105, `share-group-who-clause.ts`). Not
 * "often", "usually", "never", "frequently", which stand before a verb as often ("who smoke often
 * want").
 */
export const ADVERBS_AFTER_A_VERB = new Set(
  "daily weekly monthly nightly annually regularly heavily abroad online locally remotely outright".split(" "),
);

/**
 * Adverbs on no other list that stand right before a verb: "people who just pay more", "who even
 * rent are". After "who" they are no clause's verb (decision 1140, `share-group-one-word-clause.ts`,
 * with `HABIT_ADVERBS`, `OPENING_ADVERBS` and `SENTENCE_ADVERBS`).
 */
export const ADVERBS_BEFORE_A_VERB: ReadonlySet<string> = new Set("just even ever already once only".split(" "));

/**
 * Words in "-s" that are no plural noun and no subject: "who fix cars themselves are", "who visit
 * relatives overseas are", "who rent homes nowadays are" (review of decision 1045,
 * `share-group-who-clause.ts`).
 */
export const ADVERBS_IN_S = new Set(
  (
    "themselves ourselves yourselves overseas nowadays indoors outdoors upstairs downstairs afterwards " +
    "towards besides"
  ).split(" "),
);

/**
 * Verbs that take a clause without "that": "showed prices and wages rose" is one clause
 * (`joined-clause.ts`), "people who think the NHS is failing" one group (`share-group-who-clause.ts`);
 * no verb of a relative clause after a place (`relative-clause-after-place.ts`).
 */
export const CLAUSE_TAKING_VERBS = new Set(
  "show shows showed shown find finds found think thinks thought believe believes believed know knows knew expect expects expected suggest suggests suggested mean means meant estimate estimates estimated fear fears feared hope hopes hoped hear hears heard learn learns learned learnt notice noticed realise realised realize realized assume assumed predict predicted predicts warn warns warned argue argues argued admit admits admitted feel feels felt see sees saw ensure ensured understand understood indicate indicates indicated reveal revealed reveals discover discovers discovered establish establishes established rule rules ruled decide decides decided determine determines determined conclude concludes concluded suspect suspects suspected accept accepts accepted prove proves proved proven judge judges judged recall recalls recalled confirm confirms confirmed".split(
    " ",
  ),
);

/** Possessive determiners: "his report", "up to half their sentence". */
export const POSSESSIVE_DETERMINERS = ["his", "her", "its", "their", "our", "my", "your"];

/** Determiners, pronouns and prepositions that can start an object or complement. */
export const OBJECT_STARTERS = new Set([
  "the",
  "a",
  "an",
  ...POSSESSIVE_DETERMINERS,
  "this",
  "that",
  "these",
  "those",
  "to",
  "with",
  "on",
  "in",
  "at",
  "for",
  "from",
  "into",
  "about",
  "over",
  "up",
  "down",
  "out",
  "off",
  "by",
  "as",
  "him",
  "them",
  "us",
  "it",
  "all",
  "some",
  "more",
  "both",
  "each",
  "every",
  "no",
  "any",
  "several",
  "many",
  "back",
  "against",
  "after",
  "before",
]);

/** Words of the future-tense phrases shared by the tense test and the prediction kind ("will", "is set to", "plans to"). */
export const FUTURE_PHRASE_WORDS = ["will", "shall", "set", "expected", "due", "scheduled", "going", "plan", "plans"];

/**
 * Words that open the question after a leading "asked" (attribution.ts), and the question a
 * listener asked in its own clause ("reporters who asked whether he would stand";
 * reported-content.ts, decision 950).
 */
export const QUESTION_OPENERS = new Set(["whether", "if", "how", "what", "why", "when", "who", "which", "about"]);

/**
 * Those a speaker tells something to in person, who pass nothing on: "told the meeting", "told MPs"
 * (reported-content.ts). Also read by courtesy-title-elsewhere.ts: "Smith, the regulator, told MPs
 * she …", where no listener of these can be the "she" (decision 990).
 */
export const AUDIENCES = new Set(
  "police meeting council committee court jury inquiry inquest tribunal trial hearing conference audience crowd assembly house parliament chamber summit rally congregation panel board gathering forum convention briefing mps congress senate commons lords dáil bundestag legislature bailey delegates supporters staff members students".split(
    " ",
  ),
);

/**
 * "told reporters", "told supporters the Greens had …": a bare plural audience is no part of what
 * was said (reported-content.ts). A witness's "told police she saw 3 men" and "told officers",
 * "told friends" (decision 620): the listener is not the first word of what was seen. "told fans",
 * "told passengers" (decision 770): the crowds sport, travel and shop copy speaks to, as "workers"
 * is business copy's. "told families" (decision 950), as "residents" and "parents". Also read by
 * courtesy-title-elsewhere.ts, without the pronouns, for a listener who is no "she" (decision 990).
 */
export const RECIPIENT_WORDS = new Set(
  "reporters journalists lawmakers legislators supporters voters investors analysts shareholders employees staff workers members delegates colleagues activists investigators police officers detectives paramedics doctors nurses friends neighbours neighbors relatives jurors magistrates fans visitors passengers customers guests viewers residents parents families me us him her them".split(
    " ",
  ),
);

export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

export const COORDINATORS = new Set(["and", "but", "while", "whereas", "yet"]);

/**
 * Pronoun-like heads of a relative clause whose object they are: "Everything Smith said today is
 * untrue", "Nothing Jane Hollis said was new" (decision 1095). Never the first word of a name.
 */
export const INDEFINITE_HEADS: ReadonlySet<string> = new Set(
  "everything nothing something anything all much little whatever".split(" "),
);

/** -ing words that are not participles opening a clause. */
export const NOT_PARTICIPLES = new Set([
  "during",
  "according",
  "including",
  "regarding",
  "following",
  "concerning",
  "thing",
  "something",
  "nothing",
  "everything",
  "anything",
  "king",
  "spring",
  "morning",
  "evening",
  "string",
  "bring",
  "sing",
  "ring",
  "wing",
  "being",
  "building",
  "meeting",
  "funding",
  "ceiling",
  "beijing",
  "nothing",
  "pending",
  "excluding",
  "notwithstanding",
  "barring",
  "considering",
]);

/**
 * People's roles: after an organisation word they make the phrase a person ("Council member
 * Robert Hayes", "company spokesperson Ana Ruiz", "a ministry official").
 */
/** Words that join a second clause, and may hand over to its speaker: "…, while critics said". */
export const JOINERS = new Set(["while", "but", "though", "although", "whereas", "and"]);

/**
 * "the biggest fall since December 2022", "the deadliest day in weeks", "the only nation that met
 * its target": a record set off after the content, which goes on with it (after "…, X said," or
 * "…, according to X,").
 */
export const RECORD_TAIL =
  /^(?:in[ \u00a0]+)?(?:the|its|their|what[ \u00a0]+(?:was|is))[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:biggest|largest|highest|lowest|smallest|sharpest|steepest|fastest|slowest|strongest|weakest|worst|best|first|most|least|deadliest|costliest|hottest|coldest|wettest|driest|longest|shortest|only)\b/iu;

/**
 * "…, the ONS said, £14.9 billion more than expected", "…, according to Home Office data, roughly
 * 1,000 fewer than a year earlier": a figure compared, set off after the content, goes on with it.
 */
export const FIGURE_COMPARISON_TAIL =
  /^(?:(?:roughly|about|some|nearly|almost|around|just|well)\s+)?[$€£¥]?\d[\d.,]*(?:\s+(?:million|billion|trillion|bn|m|percentage points?|points?|per ?cent|percent|%))?\s+(?:more|less|fewer|higher|lower|bigger|smaller|greater|above|below|up|down)\b/iu;

/**
 * Words for a family tie: "her mother" names someone (`article-pronoun.ts`'s person words), and
 * "Ms Reid, his daughter, said" is someone else of the surname than the one "his" stands for
 * (`relation-aside.ts`, decision 1090).
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set(
  "mother father son daughter wife husband brother sister partner".split(" "),
);

/**
 * People who act for someone, beside the roles of ROLE_WORDS ("lawyer", "spokesman", "agent",
 * "adviser"): "Mr Reid, his solicitor, said" is the solicitor speaking, someone else than the one
 * "his" stands for (`role-held-for-an-owner.ts`, decision 1125). Not in ROLE_WORDS, which every
 * speaker's description reads.
 */
export const ACTING_FOR_WORDS: ReadonlySet<string> = new Set(["solicitor", "barrister", "aide", "counsel"]);

export const ROLE_WORDS = new Set([
  "member",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "official",
  "chief",
  "head",
  "director",
  "chair",
  "chairman",
  "chairwoman",
  "president",
  "secretary",
  "minister",
  "leader",
  "executive",
  "adviser",
  "advisor",
  "representative",
  "lawyer",
  "attorney",
  "economist",
  "analyst",
  "researcher",
  "officer",
  "commissioner",
  "governor",
  "senator",
  "professor",
  "manager",
  "founder",
  "speaker",
  "official",
  "officials",
  // The offices role-holders.ts reads too: "…, the mayor said".
  "mayor",
  "judge",
  "prosecutor",
  "sheriff",
  "coach",
  "ambassador",
  "envoy",
  "chancellor",
  "premier",
  // People of the outlets OUTLET_WORDS name: "Radio host Ann Lee", "the paper's editor".
  "host",
  "presenter",
  "anchor",
  "editor",
  "reporter",
  "correspondent",
  "journalist",
  "columnist",
  // Who runs for office: "Senate candidate Daniel Hartley said".
  "candidate",
  "nominee",
  "challenger",
  // Offices of courts, inquiries and churches: "…, the ombudsman said", "the coroner said".
  "ombudsman",
  "coroner",
  "auditor",
  "magistrate",
  "registrar",
  "treasurer",
  "archbishop",
  "bishop",
  // Sport's people: "…, the striker said", "people close to the player said".
  "player",
  "captain",
  "striker",
  "forward",
  "winger",
  "midfielder",
  "defender",
  "goalkeeper",
  "referee",
  "agent",
]);

/**
 * Occupations a person is described by, beside the roles of ROLE_WORDS: "a labor economist at …",
 * and before a name, a title and no given name ("Criminologist Monica Tran").
 */
const LISTED_OCCUPATIONS = new Set(
  "scientist epidemiologist historian statistician demographer pollster strategist consultant expert scholar fellow lecturer physician doctor engineer criminologist economist analyst researcher meteorologist climatologist virologist sociologist psychologist architect nurse activist author novelist journalist photographer surgeon dentist pharmacist paramedic midwife".split(
    " ",
  ),
);
/** "neurologist", "psychiatrist", "clinician": the endings of the professions named for a science or an art. */
export const PROFESSION_ENDING = "[a-z]{3,}(?:ologist|iatrist|ician)";
const OCCUPATION_ENDING = new RegExp(`^${PROFESSION_ENDING}$`);
export const OCCUPATIONS: { has(word: string): boolean } = {
  has: (word) => LISTED_OCCUPATIONS.has(word) || OCCUPATION_ENDING.test(word),
};

/**
 * Countries and armed groups that news copy makes speak ("Russia said", "Hamas said"): bodies,
 * not persons, so a later "it" is theirs and no "he" or "she" is.
 */
export const COUNTRIES_AND_GROUPS = new Set(
  "Russia Ukraine China Israel Iran Iraq Syria Lebanon Turkey Egypt Qatar Jordan Yemen Afghanistan Pakistan India Japan Taiwan Britain France Germany Italy Spain Poland Hungary Belarus Georgia Moldova Canada Mexico Brazil Argentina Colombia Venezuela Cuba Nigeria Ethiopia Sudan Kenya Australia Hamas Hezbollah Moscow Kyiv Beijing Washington Tehran Jerusalem".split(
    " ",
  ),
);

/**
 * Initials British copy writes as a word ("Nato said", "Fifa said"): a body's name, not the
 * common word "nato" of the organisation words nor a person's name (decision 620).
 */
export const INITIALS_WRITTEN_AS_WORDS = new Set("Nato Nasa Opec Fifa Uefa Unicef Unesco".split(" "));

/** Companies news copy names by one word, none of them a person's: "Apple said it would appeal". */
export const ONE_WORD_COMPANIES =
  "Apple Google Alphabet Microsoft Amazon Meta Facebook Instagram WhatsApp TikTok ByteDance YouTube Netflix Nvidia Intel Samsung Huawei Tencent Alibaba Tesla Toyota Volkswagen Boeing Airbus Pfizer Moderna AstraZeneca Novartis Shell Walmart Uber OpenAI Anthropic Spotify Tesco Asda Aldi Lidl Ocado Waitrose".split(
    " ",
  );

/**
 * Bodies news copy names in words that read like a person's name: agencies, pollsters, raters,
 * charities and banks ("Reuters said", "…, Gallup found", "Goldman Sachs said it expected …").
 * Bodies, not persons.
 */
export const BODIES_WITH_PERSON_LIKE_NAMES = new Set([
  ..."Reuters Bloomberg Xinhua Interfax Yonhap Kyodo Politico Axios Semafor Gallup Ipsos YouGov Pew Moody's Amnesty Greenpeace Oxfam Bellingcat Eurostat Ofcom Ofgem Ofsted Ofwat Ofqual Interpol Europol Frontex".split(
    " ",
  ),
  // Pollsters and theatres named by one word (decision 1095): "Kantar found …", "the National said".
  ..."Kantar Opinium Survation Savanta Deltapoll National Almeida Donmar".split(" "),
  ..."JPMorgan Citi Citigroup Barclays BlackRock Vanguard Nomura Macquarie Commerzbank Rabobank Kpler Vortexa".split(
    " ",
  ),
  ...ONE_WORD_COMPANIES,
  // Ministries named alone: "The Treasury said", "the Pentagon said".
  "Treasury",
  "Exchequer",
  // Bodies written as words, not capitals (decision 580): the travel association ("Abta, the
  // travel trade association, said"), the conciliation service, the admissions service and the
  // union, none of them a person's name.
  ...INITIALS_WRITTEN_AS_WORDS,
  "Abta",
  "Acas",
  "Ucas",
  "Unison",
  "Goldman Sachs",
  "Marks and Spencer",
  // Two words shaped like a given name and a surname (decision 540): "Budget carrier Virgin
  // Atlantic" names the carrier a later "the carrier said" is, as "David Dimbleby" is not.
  "Virgin Atlantic",
  "Royal Mail",
  "Al Jazeera",
  // "Sports broadcaster Sky Sports" (decision 620): a broadcaster, though "Sports" is no company's last word.
  "Sky Sports",
  // Not every "Press": "Bill Press" is a person.
  "Associated Press",
  "Press Association",
  "Morgan Stanley",
  "Wells Fargo",
  "Standard Chartered",
  "Capital Economics",
  "Oxford Economics",
  "Statistics Canada",
  "Citizens Advice",
  // Bodies named "Met": Ireland's weather service (never with "the"), the Met Office, the Met Police.
  "Met Éireann",
  "Met Office",
  "Met Police",
  // Parties speak as bodies: "Labour said", "the Conservatives said".
  "Labour",
  "Conservatives",
  "Tories",
  "Liberal Democrats",
  "Reform UK",
  "SNP",
  "Médecins Sans Frontières",
  "Doctors Without Borders",
  "Human Rights Watch",
  "Save the Children",
  // Railways named by a place and a point of the compass, as no person is (decision 355).
  "Norfolk Southern",
  "Kansas City Southern",
  "Union Pacific",
  "Canadian Pacific",
  "Canadian National",
  "Amtrak",
  // No one's name, and with no body's word in it (decision 355's review).
  "Red Cross",
  "Red Crescent",
]);

/** Company names by their trade: "Halvern Motors", "Calloway Therapeutics", "Nimbra Systems". */
export const COMPANY_TRADE_WORDS = [
  "motors",
  "therapeutics",
  "pharmaceuticals",
  "systems",
  "technologies",
  "holdings",
  "industries",
  "airways",
  "labs",
  "robotics",
  "biosciences",
  "semiconductors",
  "aerospace",
  "networks",
];

/**
 * Words that end a company's name and only then name a body: "Duke Energy", "Crestline Partners",
 * "Capital Economics" is on BODIES_WITH_PERSON_LIKE_NAMES; "Media mogul Rupert Murdoch" and "Energy workers" stay people.
 */
export const COMPANY_NAME_ENDINGS = new Set(
  "news hq energy partners capital llc plc foods brands ventures investments securities insurance media entertainment communications petroleum electric utilities resources mining logistics health healthcare llp uk".split(
    " ",
  ),
);

/** Is a lowercase word the plural of a body's word ("unions", "companies", "ministries")? */
export function isOrganisationPlural(word: string): boolean {
  if (word.length <= 3 || !word.endsWith("s") || word.endsWith("ss")) return false;
  return (
    ORGANISATION_WORDS.has(word.slice(0, -1)) ||
    (word.endsWith("ies") && ORGANISATION_WORDS.has(`${word.slice(0, -3)}y`))
  );
}

export const ORGANISATION_WORDS = new Set([
  "presidency",
  "airline",
  "airlines",
  "carrier",
  "port",
  "firm",
  "corp",
  "network",
  "reserve",
  "audit",
  "report",
  "study",
  "trial",
  "assessment",
  "inquiry",
  "survey",
  "poll",
  "index",
  "census",
  "federation",
  "association",
  "chamber",
  "foundation",
  "coalition",
  "alliance",
  "bureau",
  "government",
  "ministry",
  "department",
  "administration",
  "agency",
  "police",
  "office",
  "party",
  "company",
  "council",
  "commission",
  "committee",
  "delegation",
  "court",
  "army",
  "palace",
  "newspaper",
  "outlet",
  "bank",
  "union",
  "university",
  "institute",
  "center",
  "centre",
  "centers",
  "centres",
  "authority",
  "authorities",
  "embassy",
  "congress",
  "senate",
  "parliament",
  "house",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "campaign",
  "white",
  "fbi",
  "cia",
  "dhs",
  "un",
  "who",
  "nato",
  "eu",
  "group",
  "organization",
  "organisation",
  "corporation",
  "inc",
  "ltd",
  "board",
  "service",
  "forces",
  "military",
  "ministry",
  "cabinet",
  "team",
  // Bodies that news copy names by their trade: "…, the utility said", "the regulator said".
  "utility",
  "regulator",
  "insurer",
  "retailer",
  "automaker",
  "manufacturer",
  // Second references in business copy: "…, the lender said", "the building society said".
  "lender",
  "lenders",
  "society",
  "carmaker",
  "drugmaker",
  "chipmaker",
  "watchdog",
  "supermarket",
  "housebuilder",
  "brokerage",
  "conglomerate",
  "trust",
  "exchange",
  "hospital",
  "nations",
  // Research and funds: "according to the Global Carbon Project", "the International Monetary Fund".
  "project",
  "programme",
  "program",
  "panel",
  "fund",
  "observatory",
  ...COMPANY_TRADE_WORDS,
  // "…, the operational command said", "The Kremlin said", "the Pentagon said".
  "command",
  "consortium",
  "kremlin",
  "pentagon",
  // What a fact-check answers: "A social media post … claims", "the video said". Not people, so
  // "she said" after them stays with the last person named.
  "post",
  "posts",
  "account",
  "blog",
  "tweet",
  "video",
  "website",
  "meme",
  "flyer",
  "leaflet",
  "advert",
  "advertisement",
  // Documents and figures that speak in news copy: "…, the data showed", "the filing said",
  // "an official statement said", "the indictment alleges".
  "data",
  "figures",
  "statistics",
  "records",
  "documents",
  "filing",
  "filings",
  "bulletin",
  "indictment",
  "statement",
  "memo",
  // "The lawsuit alleges …", "Papers filed in federal court allege …", "the emails show …".
  "lawsuit",
  "complaint",
  "petition",
  "affidavit",
  "papers",
  "emails",
  "transcript",
  "transcripts",
  // "…, its maker said": the company behind a product ("developer", "operator" and "owner" are as
  // often a person's job: "Lead developer John Smith").
  "maker",
  // Sport, schools, charities and labs: "…, the club announced", "the district said".
  "club",
  "league",
  "school",
  "district",
  "charity",
  "studio",
  "publisher",
  "startup",
  "laboratory",
  // "the Athletics Integrity Unit", "Southern Railway".
  "unit",
  "railway",
  "railways",
  // "The Brotherhood of Locomotive Engineers and Trainmen", "Dublin airport", and Ireland's police
  // in the plural ("gardaí have confirmed"; "a garda" is one officer) (decision 355).
  "brotherhood",
  "airport",
  "airports",
  "gardaí",
  "gardai",
]);

export const OUTLET_WORDS = new Set([
  "newspaper",
  "daily",
  "outlet",
  "radio",
  "broadcaster",
  "channel",
  "network",
  "magazine",
  "agency",
  "paper",
  "station",
  "website",
  "tabloid",
  "weekly",
]);

export const UNNAMED_SOURCE_PATTERN =
  /\b(unnamed|anonymous|unidentified|undisclosed)\b[^,;.]*\b(sources?|officials?|people|persons?|insiders?|diplomats?|aides?)\b|\b(sources|insiders|people familiar|officials who (?:spoke|asked|requested))\b|^(?:a|an|one|two|three|several)\s+(?:[a-z-]+\s+){0,2}(?:source|insider)\b|\b(?:person|people|someone|official) (?:familiar|briefed) (?:with|on)\b|\b(?:not authori[sz]ed to (?:speak|discuss|comment)|declined to be (?:named|identified)|asked not to be (?:named|identified)|requested anonymity)\b/i;

/**
 * Unnamed people UNNAMED_SOURCE_PATTERN leaves out, tested apart so that regex stays as fast as
 * it was: one official no one names ("A government official", "A U.S. official", "A Republican
 * strategist", "One cabinet minister", "A senior banker", "A Labour MP"; not with a name after the
 * role: "One Nation senator Pauline Hanson") and people close to someone ("Sources close to the
 * club", "aides loyal to the mayor").
 */
const ONE_UNNAMED_OFFICIAL =
  /^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[A-Za-z.’'-]+\s+){0,3}(?:official|diplomat|aide|staffer|strategist|adviser|advisor|minister|banker|MP|executive|lawmaker|legislator|senator|officer)(?!\s+[A-Z])\b/;
const CLOSE_TO = /\b(?:people|person|sources?|aides?|officials?|someone|allies) (?:close|closest|loyal|near) to\b/i;

/** Does the speaker phrase describe unnamed sources? */
export function namesUnnamedSource(phrase: string): boolean {
  return UNNAMED_SOURCE_PATTERN.test(phrase) || describesUnnamedPerson(phrase);
}

/**
 * Is the phrase one of those ONE_UNNAMED_OFFICIAL and CLOSE_TO read, whose description is kept
 * as the claimant's name ("A senator from Ohio", "An off-duty officer")?
 */
export function describesUnnamedPerson(phrase: string): boolean {
  return ONE_UNNAMED_OFFICIAL.test(phrase) || (phrase.includes(" to ") && CLOSE_TO.test(phrase));
}

/** Words that pass judgement rather than describe; triggers loaded_language. */
export const LOADED_TERMS = [
  "far-left",
  "far-right",
  "radical left",
  "radical right",
  "extremist",
  "incoherent",
  "rant",
  "ranting",
  "regime",
  "thug",
  "thugs",
  "disastrous",
  "catastrophic",
  "shameful",
  "outrageous",
  "ridiculous",
  "absurd",
  "insane",
  "crazy",
  "lunatic",
  "disgraceful",
  "corrupt",
  "puppet",
  "tyrant",
  "dictator",
  "propaganda",
  "hysteria",
  "hysterical",
  "meltdown",
  "slammed",
  "blasted",
  "sham",
  "hoax",
  "witch hunt",
  "illegals",
  // Not "invasion" alone: "the full-scale invasion of Ukraine" is how wire copy describes a war.
  "migrant invasion",
  "border invasion",
  "invasion at the border",
  "invasion of illegals",
  "mob",
  "woke",
  "so-called",
  "notorious",
  "infamous",
  "radical",
  // Not "scheme": British copy names every programme so ("the furlough scheme").
  "scheming",
  "bizarre",
  "unhinged",
  "fake news",
  "mega-prison",
  "reckless",
  "cooked up",
  "rigged",
  "scam",
  "fearmongering",
  "smear",
  "boondoggle",
  "job-killing",
  "draconian",
  "cronies",
  // A columnist's words for a deal or a vote they oppose.
  "shameless",
  "rammed through",
  "power grab",
  "cash grab",
  "fat cats",
  "debacle",
  "fiasco",
  "travesty",
  "slush fund",
  "gravy train",
  "spineless",
  "cowardly",
  "disgrace",
  "scandalous",
];

/** Words one of which every OPINION_PATTERN match contains (its pre-check, see word-gates.ts). */
export const OPINION_WORDS = [
  "think",
  "believe",
  "feel",
  "guess",
  "suppose",
  "reckon",
  "hope",
  "wish",
  "love",
  "hate",
  "consider",
  "view",
  "opinion",
  "seems",
  "sure",
  "convinced",
  "personally",
  "should",
  "ought",
  "must",
  "beautiful",
  "spectacular",
  "wonderful",
  "terrible",
  "honest",
  "frank",
  "friendly",
  "worrisome",
];
export const OPINION_PATTERN =
  /\b(I|we)(?:['’]d|\s+(?:do(?:n['’]t| not)|would|really))?\s+(really\s+)?(think|believe|feel|guess|suppose|reckon|hope|wish|love|hate|consider)\b|\bin (my|our) (view|opinion)\b|\b(it seems|seems to me|I'm (sure|convinced)|personally)\b|\b(should|ought to)\s+(be|have|not)\b|\b(?:must|should) do (?:more|better)\b(?!\s+(?!to\b|for\b)[a-z])|\bmust\s+(?:not\b|have\b|be\b(?!\s+[a-z]+ed\b))|\b(beautiful|spectacular|wonderful|terrible|honest|frank|friendly|worrisome)\b/i;

/**
 * Plurals of what binds rather than who speaks (decision 1085): "According to the rules, players
 * must retire at 70" states what the rules say, no speaker's claim; `pluralSubjectWord` would read
 * any of them as a group. Not the documents of `EVIDENCE_NOUNS` ("the figures", "the data"), which
 * hold what they show as a report does.
 */
export const RULE_NOUNS = new Set(
  "rules terms guidelines regulations laws conditions provisions requirements procedures instructions".split(" "),
);

/** Documents and figures that "show" what they hold: "FBI data show …", "the filing showed …". */
export const EVIDENCE_NOUNS = new Set(
  "data figures numbers statistics records documents papers filing filings bulletin footage images logs minutes estimates polls poll surveys survey studies study research analysis report reports audit tallies results emails messages transcripts invoices receipts recordings photographs".split(
    " ",
  ),
);

/**
 * Adverbs that open a sentence before its subject ("Meanwhile Labour …", "Separately Jane Smith
 * …"); a list, not any word in "-ly": "Italy, Spain and Greece closed their ports".
 */
export const SENTENCE_ADVERBS = new Set(
  "meanwhile however still earlier later elsewhere instead separately additionally similarly finally previously ultimately initially originally currently recently".split(
    " ",
  ),
);

/**
 * Adverbs that open a sentence before a comma, as a surname may: "Meanwhile, …", "Overall, …"
 * (`age-after-a-name.ts`). Read too as a one-word lead-in before "…, X said" (decision 880);
 * "likewise", "nonetheless" and "besides" joined for it (decision 925), and "otherwise" (decision 965).
 */
export const OPENING_ADVERBS = new Set(
  "meanwhile moreover however elsewhere overall altogether furthermore nevertheless nonetheless likewise besides otherwise instead indeed today yesterday tonight also still then now later again".split(
    " ",
  ),
);

/**
 * Adverbs of a habit before a present: "He usually appears in court on Friday" tells what is done
 * week by week, no day set ahead. Read by `hearingPresentAhead` (`hearing-present-ahead.ts`,
 * decision 995), which leaves such a present to the claim's tense.
 */
export const HABIT_ADVERBS = new Set(
  "usually often always normally regularly typically generally routinely sometimes frequently rarely seldom never traditionally".split(
    " ",
  ),
);

/**
 * Verbs whose object a bare verb may follow: "who help others live at home", "who let children
 * sleep" (`share-group-who-clause.ts`), "Her family watched her appear in court on Friday", where
 * "her" is an object but the bare verb's tense is the perception's (`act-verb-and-object.ts`, the
 * review of decision 1135).
 */
export const VERBS_BEFORE_A_BARE_VERB: ReadonlySet<string> = new Set(
  "help helped let make made watch watched see saw hear heard".split(" "),
);

/**
 * Presents in "-s" of a news event a person meets on a day of their own: "He pleads guilty on Friday
 * and dies on Monday" tells two acts, each with its own day, where "learn sentences on Friday and
 * verbs on Monday" shares one verb (`hearing-present-ahead.ts`, decision 1135). None is also a
 * plural noun a hearing takes as its object; "returns", "leaves", "wins" and "falls" are, and are
 * kept off.
 */
export const EVENT_PRESENTS_IN_S: ReadonlySet<string> = new Set(
  "dies resigns quits retires collapses flees escapes absconds vanishes disappears marries weds".split(" "),
);

/**
 * The finite forms of "be", before which "often" and its kin are not written: "they are often
 * late", not "they often are late" (decision 1140, `share-group-who-clause.ts`).
 */
export const FINITE_BE: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);

/**
 * Adverbs of how often that may end a verb's clause ("who drink often", "who travel frequently")
 * and are written after a finite "be", not before it. "usually", "always", "never", "rarely",
 * "sometimes" stand before "are" as well ("they usually are", "rarely are they"), and are left off
 * (decision 1140).
 */
export const HOW_OFTEN_AT_A_CLAUSES_END: ReadonlySet<string> = new Set(
  "often frequently occasionally infrequently".split(" "),
);

/**
 * Pronouns that name anyone at all, no one speaker: "Everyone will tell you that …", "Anyone would
 * tell you …" (`count-tells-you.ts`, decision 1015). `would-say-that.ts` and `speaker-phrase.ts`
 * keep their own lists, which hold other words beside these.
 */
export const ANYONE_AT_ALL: ReadonlySet<string> = new Set(["everyone", "everybody", "anyone", "anybody"]);

/**
 * The forms of "have" that open a perfect: "Anyone who has run a business will tell you …", a
 * speaker's experience, whose telling is a view held now (`count-tells-you.ts`, decision 1060).
 */
export const PERFECT_HAVE: ReadonlySet<string> = new Set(["has", "have", "had"]);

/**
 * The negations that stand between an auxiliary and its verb ("would not comment", "has never
 * said"): a denial belongs to the first verb alone (`clauses.ts`), and "Lester has not." is an
 * answer with no participle (`speech-subject.ts`, decision 1075).
 */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "never"]);

/**
 * Nouns that open a sentence with no article and name no one: "Turnout was low.", "Rain fell."
 * Off the common-word list, so read as a name there; `namesNoOne` (`sentence-naming-no-one.ts`,
 * decision 1030) passes over them when nothing else in the sentence names anyone. A list, not a
 * shape: "Smith cheered." opens alike.
 */
export const NAMELESS_OPENERS: ReadonlySet<string> = new Set(
  (
    "turnout attendance rain snow sleet hail fog wind thunder lightning traffic applause silence " +
    "chaos confusion laughter cheering booing heckling voting polling trading disruption flooding " +
    "congestion security footfall darkness humidity visibility"
  ).split(" "),
);

/**
 * Praise or blame a critic or a reporter gives a person's playing, singing or acting: "Shaw, 68,
 * is magnificent", "Rahm, 31, was superb". A county's or a club's tally is never so described
 * ("Kent, 34, is second"), so after a surname and an age such a word alone says the figure is an
 * age (decision 1080). Only words said of a performance, not of a place or a result.
 */
export const A_PERFORMERS_QUALITIES: ReadonlySet<string> = new Set(
  (
    "magnificent superb brilliant outstanding excellent wonderful terrific extraordinary " +
    "mesmerising mesmerizing compelling riveting luminous electrifying heartbreaking hilarious " +
    "charming moving majestic sublime peerless unforgettable imperious dazzling " +
    "wooden unconvincing miscast underwhelming lacklustre lackluster dreadful"
  ).split(" "),
);

/**
 * What a speaker concedes after "that" as a thing, not a clause: "I will concede that point", "I'll
 * grant that much" (decision 1115). A seat, a match or a request after "that" is a plan ("I will
 * concede that seat"), so only words for a point in an argument.
 */
export const CONCEDED_POINTS: ReadonlySet<string> = new Set(["point", "points", "argument", "much"]);

/**
 * A person's circumstances that "still predict" an outcome: "a student's postcode still predicts
 * their grades" is a correlation found now, not a forecast (decision 1115). A forecaster's "still
 * predicts" ("The Bank still predicts a recession") names a body or a person, never one of these.
 */
export const A_PERSONS_CIRCUMSTANCES: ReadonlySet<string> = new Set(
  (
    "postcode postcodes background backgrounds birthplace class income incomes wealth gender race " +
    "ethnicity address accent upbringing parentage"
  ).split(" "),
);
