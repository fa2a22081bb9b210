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

  /**
   * May a line here name the checked claim's maker ("WHO SAID IT: Nigel Farage")? Only while nothing
   * has been claimed since the check's claims, or since the rating that closed it, but in the
   * verdict's own paragraph ("False. It has roughly doubled."; decision 650 for the rated check): a
   * "Made by: Full Fact" credit under the column's later stories names no maker.
   */
  mayNameMaker(claims: readonly { start: number }[]): boolean {
    const count = claims.length;
    const inVerdict = count > 0 && claims[count - 1]!.start < this.verdictEnd;
    if (this.checkedFrom >= 0) return this.end(count) === count || inVerdict;
    return this.ratedTo >= 0 && (this.ratedTo === count || inVerdict);
  }

  /** The claims a maker's line or sentence names the maker of: the open check's, else the rated one's. */
  makerSpan(claimCount: number): [number, number] {
    return this.checking ? [this.checkedFrom, this.end(claimCount)] : [this.ratedFrom, this.ratedTo];
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

  /**
   * A rating reached the check: its claims are fixed where they end now and kept as the rated ones,
   * which a maker's line under the rating still names (decision 610). Returns where they end. The
   * tally of rated claims is the state's own, not written from outside it (decision 690).
   */
  rate(claimCount: number): number {
    const to = this.end(claimCount);
    this.ratedFrom = this.checkedFrom;
    this.checkedTo = this.ratedTo = to;
    this.checkedOpen = false;
    return to;
  }

  /** A rating closes the check: a later one rates nothing before it. */
  close(): void {
    this.checkedFrom = this.checkedTo = -1;
    this.checkedOpen = false;
  }
}
