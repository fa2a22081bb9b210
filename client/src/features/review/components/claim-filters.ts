import type { Claim, ClaimFlag, ClaimKind, Verdict } from "@claimdesk/shared";

export interface ClaimFilters {
  sort: "position" | "checkworthy";
  kind: ClaimKind | "";
  verdict: Verdict | "none" | "";
  /** A user id, "me", "none" or "" for anyone. */
  assignee: string;
  /** Claims carrying this flag in their details, or "" for any. */
  flag: ClaimFlag | "";
  showDismissed: boolean;
  /** Words in the claim, its quote or its claimant, or a claim number ("12", "#12"). */
  query: string;
}

export const DEFAULT_FILTERS: ClaimFilters = {
  sort: "position",
  kind: "",
  verdict: "",
  assignee: "",
  flag: "",
  showDismissed: true,
  query: "",
};

/** Case and accents do not matter: "bogota" finds "Bogotá". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

function matchesQuery(c: Claim, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  const number = /^#?(\d+)$/.exec(q);
  if (number) return c.number === Number(number[1]);
  return fold(`${c.text}\n${c.quote}\n${c.claimant ?? ""}`).includes(q);
}

export function filterAndSortClaims(claims: readonly Claim[], filters: ClaimFilters, myId: string): Claim[] {
  const assignee = filters.assignee === "me" ? myId : filters.assignee;
  const out = claims.filter(
    (c) =>
      (filters.showDismissed || !c.dismissed) &&
      (!filters.kind || c.kind === filters.kind) &&
      (!filters.verdict || (filters.verdict === "none" ? c.verdict === null : c.verdict === filters.verdict)) &&
      (!assignee || (assignee === "none" ? c.assignee === null : c.assignee?.id === assignee)) &&
      (!filters.flag || c.details.flags.includes(filters.flag)) &&
      matchesQuery(c, filters.query),
  );
  if (filters.sort === "checkworthy")
    out.sort((a, b) => b.scores.checkworthy - a.scores.checkworthy || a.start - b.start);
  else out.sort((a, b) => a.start - b.start || a.number - b.number);
  return out;
}

export const KIND_LABELS: Record<ClaimKind, string> = {
  statistic: "Statistic",
  quote: "Quote",
  attributed_statement: "Attributed statement",
  event: "Event",
  comparison_record: "Comparison or record",
  causal: "Causal",
  prediction: "Prediction",
  other: "Other",
};

/** Words for the extractor's flags, in the order the flag filter offers them. */
export const FLAG_LABELS: Record<ClaimFlag, string> = {
  disputed: "Disputed in the article",
  unconfirmed: "Not verified by the outlet",
  opinion: "Opinion",
  loaded_language: "Loaded language",
  unnamed_source: "Unnamed source",
  quotation: "Quotation",
};

export const FLAG_OPTIONS = Object.keys(FLAG_LABELS) as ClaimFlag[];

/** Why a claim is badged "Disputed in the article" in the list. */
export const DISPUTED_EXPLANATION = "The article itself says this claim is false or unsupported";
