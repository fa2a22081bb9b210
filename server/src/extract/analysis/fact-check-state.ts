/**
 * Where a fact-check column's checked claim stands while the body is read (decisions 570, 610): one
 * per extraction, made before the sentence loop so the loop reads plain fields. Every span is of
 * the claim list, claims[from, to).
 */
export class FactCheckState {
  /** Where the claims of the open (or last unrated) "CLAIM:" block or "What was claimed" box start. */
  checkedFrom = -1;
  /** …and where they end once the check's paragraph is over (while it is open, at the list's end). */
  checkedTo = -1;
  checkedOpen = false;
  /** The claims of the last check a rating closed: a "WHO SAID IT:" line right under it names their maker. */
  ratedFrom = -1;
  ratedTo = -1;
  /** Where the sentence that rates the checked claim opens: the line under Full Fact's "Our verdict". */
  verdictAt = -1;
  /** …and where that verdict's paragraph ends: what it claims restates the check, and a maker's line under it still names the maker. */
  verdictEnd = -1;

  /** Whether a check is waiting for its rating. */
  get checking(): boolean {
    return this.checkedFrom >= 0;
  }

  /** Where the checked claims end: every claim so far while the check is open. */
  end(claimCount: number): number {
    return this.checkedOpen ? claimCount : this.checkedTo;
  }

  /** A "CLAIM:" label or a "What was claimed" heading: the claims from here on are the ones checked. */
  open(claimCount: number): void {
    this.checkedFrom = claimCount;
    this.checkedOpen = true;
    this.verdictEnd = -1;
  }

  /** The check's paragraph is over: its claims are fixed, still waiting for a rating. */
  endParagraph(claimCount: number): void {
    if (!this.checkedOpen) return;
    this.checkedTo = claimCount;
    this.checkedOpen = false;
  }

  /** A rating closes the check: a later one rates nothing before it. */
  close(): void {
    this.checkedFrom = this.checkedTo = -1;
    this.checkedOpen = false;
  }
}
