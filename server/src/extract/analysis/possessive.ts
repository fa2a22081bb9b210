/** A name in the possessive, as news copy writes it: "Labour's", "Eddie Howe's", "Barnes'". */
export function possessiveOf(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}
