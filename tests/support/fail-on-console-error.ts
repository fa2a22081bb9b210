// A test that makes the code under it call console.error fails: React's warnings (a missing key, an
// update outside act, a controlled input turned uncontrolled) and stray error logs are bugs, and
// they scroll by unread in a passing run. A test that expects such a call mocks console.error itself.
import { afterEach, beforeEach, expect } from "vitest";
import { format } from "node:util";

let logged: string[] = [];
const original = console.error;

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    logged.push(format(...args));
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  expect(logged, "the test logged console.error").toEqual([]);
});
