import type { ClaimKind } from "@claimdesk/shared/schemas/extracted-claim";

/** The record words a question closes on: "Wettest November on record?", "Hottest day ever?". */
const RECORD_ASKED = /\b(?:on record|ever|in history)\W*$/i;
/** The first word of a question, after a label ("Analysis: Why …") and an opening quote mark. */
const FIRST_WORD = /^(?:[\p{L}’'-]+(?: [\p{L}’'-]+)?:\s+)?[“"‘']?(\p{L}+)/u;
/**
 * Question words that take the rest of the question as given: "Why was 2023 the hottest year on
 * record?" and "How will the club cope after its worst season on record?" ask about a record they
 * state, which is there to check.
 */
const PRESUPPOSING = new Set(["why", "how", "what", "who", "whom", "whose", "which", "when", "where"]);

/**
 * A question that ends on its record asks whether there is one and asserts none: "Wettest
 * November on record?" over a live entry, "Is this the worst government ever?" are no
 * `comparison_record`. A question that states a record before it asks ("Unemployment hit a record
 * 8%, so why is he bragging?") or opens on a question word that takes it as given keeps the kind.
 * `asks`: the span is followed by a question mark and is not a statement put as a question ("Did
 * you know that 2023 was the hottest year on record?").
 */
export function withoutAskedRecord(
  picked: { kind: ClaimKind; alsoKinds: ClaimKind[] },
  content: string,
  asks: boolean,
): { kind: ClaimKind; alsoKinds: ClaimKind[] } {
  if (!asks || !RECORD_ASKED.test(content)) return picked;
  const kinds = [picked.kind].concat(picked.alsoKinds).filter((k) => k !== "comparison_record");
  if (kinds.length === picked.alsoKinds.length + 1) return picked;
  if (PRESUPPOSING.has(FIRST_WORD.exec(content)?.[1]?.toLowerCase() ?? "")) return picked;
  return { kind: kinds[0] ?? "other", alsoKinds: kinds.slice(1) };
}
