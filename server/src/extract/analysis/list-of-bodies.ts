import type { Claimant } from "@claimdesk/shared/schemas/extracted-claim";

const LIST_JOINS = /,\s*(?:and\s+)?|\s+and\s+/;

/**
 * "Barclays, HSBC and NatWest", "HSBC and NatWest": a list of one-word names speaks as a body when
 * one of them, read alone, is a body (decision 495); the list was typed from its shape as a whole,
 * a person. Lists of one-word names that are all people ("Smith, Jones and Brown") stay people, and
 * so do lists of full names ("John Smith and Sarah Jones"), which are never read here.
 */
export function listHoldsABody(name: string, typeOf: (member: string) => Claimant["type"]): boolean {
  if (!name.includes(" and ")) return false;
  const members = name.split(LIST_JOINS);
  return (
    members.length > 1 &&
    members.every((m) => m.length > 0 && !m.includes(" ")) &&
    members.some((m) => typeOf(m) === "organization")
  );
}
