// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { changeIdentity, forgetChange, keyForChange } from "./unconfirmed-changes.ts";

afterEach(() => sessionStorage.clear());

const DAY_MS = 24 * 60 * 60 * 1000;
const note = (text: string) => changeIdentity("POST", "/api/claims/c1/notes", JSON.stringify({ body: text }));

describe("the key of a change not yet seen to succeed", () => {
  it("is kept in the tab's sessionStorage, as a digest of the request beside its key, not the request", () => {
    const key = keyForChange(note("Called the ministry on Tuesday."));
    const stored = sessionStorage.getItem("claimdesk.unconfirmed-changes")!;
    expect(stored).toContain(key);
    expect(stored).not.toContain("ministry");
    expect(keyForChange(note("Called the ministry on Tuesday."))).toBe(key);
  });

  it("is forgotten once the change succeeded", () => {
    const key = keyForChange(note("Done."));
    forgetChange(note("Done."));
    expect(keyForChange(note("Done."))).not.toBe(key);
  });

  it("lasts the 24 hours the server keeps an answer, from the first send", () => {
    const start = 1_000_000;
    const key = keyForChange(note("Later."), start);
    expect(keyForChange(note("Later."), start + DAY_MS - 1)).toBe(key);
    expect(keyForChange(note("Later."), start + DAY_MS)).not.toBe(key);
  });

  it("is kept for the 50 latest changes, the oldest going first", () => {
    const first = keyForChange(note("0"));
    const second = keyForChange(note("1"));
    for (let i = 2; i <= 50; i++) keyForChange(note(String(i)));
    expect(keyForChange(note("1"))).toBe(second);
    expect(keyForChange(note("0"))).not.toBe(first);
  });
});
