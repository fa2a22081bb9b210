// jsdom lacks a few browser APIs the app uses; stand-ins that do nothing keep components honest.
import { afterEach, vi } from "vitest";
import { cleanup } from "@testing-library/react";

export function installDomStubs(): void {
  if (!("ResizeObserver" in globalThis)) {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  }
  if (!globalThis.CSS?.escape) {
    (globalThis as { CSS?: unknown }).CSS = { escape: (s: string) => s.replace(/["\\]/g, "\\$&") };
  }
  sessionStorage.clear();
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});
