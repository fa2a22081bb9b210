import type { ClaimKind } from "@claimdesk/shared/schemas/extracted-claim";

/** The record words a question closes on: "Wettest November on record?", "Hottest day ever?". */
const RECORD_ASKED = /\b(?:on record|ever|in history)\W*$/i;

/**
 * A question that ends on its record asks whether there is one and asserts none: "Wettest
 * November on record?" over a live entry is no `comparison_record`. A question that states a
 * record before it asks ("Unemployment hit a record 8%, so why is he bragging?") keeps the kind.
 * `asks`: the span is followed by a question mark.
 */
export function withoutAskedRecord(
  picked: { kind: ClaimKind; alsoKinds: ClaimKind[] },
  content: string,
  asks: boolean,
): { kind: ClaimKind; alsoKinds: ClaimKind[] } {
  if (!asks || !RECORD_ASKED.test(content)) return picked;
  const kinds = [picked.kind].concat(picked.alsoKinds).filter((k) => k !== "comparison_record");
  if (kinds.length === picked.alsoKinds.length + 1) return picked;
  return { kind: kinds[0] ?? "other", alsoKinds: kinds.slice(1) };
}
