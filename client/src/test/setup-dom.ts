// jsdom lacks a few browser APIs the app uses; stand-ins that do nothing keep components honest.
import { afterEach, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";

// findBy* waits 1 s by default. A lazily loaded page's first render can take longer than that when
// the whole suite runs on a busy 2-core machine; a real failure still fails, only later.
configure({ asyncUtilTimeout: 5000 });

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
