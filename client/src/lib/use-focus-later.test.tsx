// @vitest-environment jsdom
// The focus follows what the user just did: a wish to focus something that has not appeared soon
// after must not pull the focus away much later, when a colleague's change makes it appear.
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, render, screen } from "@testing-library/react";
import "../test/setup-dom.ts";
import { useFocusLater } from "./use-focus-later.ts";

let focusLater: () => void;

function Target({ shown }: { shown: boolean }) {
  const [ref, request] = useFocusLater<HTMLButtonElement>();
  focusLater = request;
  return (
    <div>
      <input aria-label="Elsewhere" />
      {shown ? (
        <button type="button" ref={ref}>
          Target
        </button>
      ) : null}
    </div>
  );
}

afterEach(() => vi.restoreAllMocks());

describe("useFocusLater", () => {
  it("focuses the element once it is on screen", () => {
    const view = render(<Target shown={false} />);
    act(() => focusLater());
    view.rerender(<Target shown />);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Target" }));
  });

  it("gives up on an element that did not appear soon after", () => {
    const clock = vi.spyOn(performance, "now").mockReturnValue(1_000);
    const view = render(<Target shown={false} />);
    act(() => focusLater());
    screen.getByLabelText("Elsewhere").focus();
    clock.mockReturnValue(60_000);
    view.rerender(<Target shown />);
    expect(document.activeElement).toBe(screen.getByLabelText("Elsewhere"));
  });
});
