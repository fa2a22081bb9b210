import type { ResolvedDate } from "@claimdesk/shared/schemas/extracted-claim";
import { daysLater, WEEKDAYS } from "./dates.ts";
import { firstTokenEndingAfter, type Token } from "./tokens.ts";
import { weekdayDeadlineLead } from "./weekday-deadline-aim.ts";

/**
 * "The manager said on Friday they were trying to sign him before Monday's deadline", published
 * on the Wednesday after: the deadline lies ahead of the saying, so it is the Monday after that
 * Friday, not the Monday after the publication (decision 545). The deadline rules (decisions 490
 * and 520) say only that the day lies ahead, and the date reader counts ahead from the
 * publication date; a statement dated to an earlier day ("said on Friday", `statementDate`)
 * moves the count to that day. Only a possessive weekday before "deadline" that was read ahead:
 * "signed him before Monday's deadline" was read behind and stays so, and "said on Friday the
 * match is on Monday" is left as it was.
 */
export function deadlineFromSayingDay(
  body: string,
  tokens: readonly Token[],
  claimStart: number,
  d: ResolvedDate,
  saidOn: ResolvedDate,
  publishedOn: string | null,
): ResolvedDate {
  if (publishedOn === null || !d.relative || d.granularity !== "day" || saidOn.granularity !== "day") return d;
  // Read ahead of a saying before the publication: the only case the count's start changes.
  if (saidOn.value >= publishedOn || d.value < publishedOn) return d;
  const target = WEEKDAYS.indexOf(d.text.toLowerCase());
  if (target < 0) return d;
  const day = firstTokenEndingAfter(tokens, d.start);
  if (weekdayDeadlineLead(body, tokens, day, firstTokenEndingAfter(tokens, claimStart)) < 0) return d;
  const saidDay = new Date(`${saidOn.value}T00:00:00Z`).getUTCDay();
  return { ...d, value: daysLater(saidOn.value, (target - saidDay + 7) % 7) };
}
