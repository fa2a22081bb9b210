import { nounOfShareUnit, type Quantity } from "@claimdesk/shared/schemas/extracted-claim";
import { isChange } from "./share-change.ts";
import { groupAfterShare } from "./share-group-after.ts";
import { groupBeforeShare } from "./share-group-before.ts";
import { groupOfRateBefore } from "./share-group-of-rate.ts";
import { groupFrom } from "./share-group-words.ts";

/**
 * The group a share is of (decision 830), read where it stands: inside the share ("one in five
 * children", here), after it ("40% of adults in Wales", `share-group-after.ts`), before a rate's
 * figure ("the rate among borrowers rose to 3%", `share-group-of-rate.ts`) or before a share after an
 * opening "Among" ("Among adults who smoke, 30% …", `share-group-before.ts`). The words of a group
 * are read in `share-group-words.ts`, its ages in `group-narrowed-by-age.ts`, its heads in
 * `share-group-heads.ts`; a change by a share ("rose 12% among teenagers", `share-change.ts`) has none.
 */
export { groupAfterShare };

/** Is `q` a share of a whole: a per cent, "a third", "one in four"? */
function isShare(q: Quantity): boolean {
  return q.unit === "%" || q.unit === "share" || nounOfShareUnit(q.unit) !== null;
}

/**
 * Gives each share among `out` (quantities of `text` = body[start, …)) the group it is of, where
 * one is written right after it, inside it ("one in five children": the counted noun is the
 * group) or before a rate's figure. Others are left as they were, with no `group`.
 */
export function withShareGroups(text: string, start: number, out: Quantity[]): void {
  for (let k = 0; k < out.length; k++) {
    const q = out[k]!;
    if (!isShare(q)) continue;
    const end = q.end - start;
    const noun = nounOfShareUnit(q.unit);
    const counted = noun !== null && q.text.endsWith(noun) ? groupFrom(text, end - noun.length, [noun]) : undefined;
    const group =
      counted ??
      groupAfterShare(text, end, q.start - start) ??
      (q.unit === "%" ? groupOfRateBefore(text, q.start - start) : undefined) ??
      groupBeforeShare(text, q.start - start, end);
    if (group === undefined) continue;
    if (isChange(text, q.start - start)) continue;
    out[k] = { ...q, group };
  }
}
