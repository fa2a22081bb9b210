/**
 * Builds converted text while remembering, for every output UTF-16 unit, the offset in the raw
 * input it came from, so a claim in the stored body can be traced back to the original upload.
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly sourceOffsets: number[] = [];
  private last = "";

  /** Appends `text` copied verbatim from raw[source ...]. */
  appendSource(text: string, source: number): void {
    if (text === "") return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.sourceOffsets.push(source + i);
    this.length += text.length;
    this.last = text;
  }

  /** Appends synthesised text (a decoded entity, a line break) that stands for raw[source]. */
  appendSynthetic(text: string, source: number): void {
    if (text === "") return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.sourceOffsets.push(source);
    this.length += text.length;
    this.last = text;
  }

  /** Ends the current paragraph with a blank line unless one is already there. */
  paragraphBreak(source: number): void {
    if (this.length === 0) return;
    const tail = this.tail(2);
    if (tail === "\n\n") return;
    this.appendSynthetic(tail.endsWith("\n") ? "\n" : "\n\n", source);
  }

  lineBreak(source: number): void {
    if (this.length === 0 || this.tail(1) === "\n") return;
    this.appendSynthetic("\n", source);
  }

  tail(n: number): string {
    let s = "";
    for (let i = this.parts.length - 1; i >= 0 && s.length < n; i--) s = this.parts[i] + s;
    return s.slice(-n);
  }

  get endsWithSpace(): boolean {
    return this.length === 0 || /\s$/.test(this.last);
  }

  build(): { text: string; sourceOffsets: number[] } {
    return { text: this.parts.join(""), sourceOffsets: this.sourceOffsets };
  }
}

/** Trims whitespace at both ends of a converted text, keeping its offset map aligned. */
export function trimMapped(text: string, map: number[]): { text: string; sourceOffsets: number[] } {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), sourceOffsets: map.slice(start, end) };
}
