// Audit times as the reader's own clock, with the zone named: "10:30:00 CET" cannot be mistaken for
// the UTC times of the CSV export or of a colleague elsewhere. Seconds are kept because the order
// of two changes a few seconds apart is often the question.

const withZone = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "long" });

export function formatEventTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : withZone.format(date);
}

/** The zone the date filters and the times on screen are in, e.g. "Europe/Madrid". */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "your local time";
}
