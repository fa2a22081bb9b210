// The verdict scale. "Not yet reviewed" is the absence of a verdict (null), deliberately distinct
// from "unverified", which is a reviewer's conclusion that the evidence does not settle the claim.
import { z } from "zod";

export const verdicts = ["true", "false", "misleading", "unverified"] as const;
export const verdictSchema = z.enum(verdicts);
export type Verdict = z.infer<typeof verdictSchema>;

export const VERDICT_LABELS: Record<Verdict, string> = {
  true: "True",
  false: "False",
  misleading: "Misleading",
  unverified: "Unverified",
};
export const NOT_REVIEWED_LABEL = "Not yet reviewed";

export function verdictLabel(verdict: Verdict | null | undefined): string {
  return verdict ? VERDICT_LABELS[verdict] : NOT_REVIEWED_LABEL;
}

/** Every verdict but "unverified" makes a factual finding, so it must cite evidence and say why. */
export function verdictNeedsEvidence(verdict: Verdict): boolean {
  return verdict !== "unverified";
}

export const stances = ["supports", "refutes", "context"] as const;
export const stanceSchema = z.enum(stances);
export type Stance = z.infer<typeof stanceSchema>;
