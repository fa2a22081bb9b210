import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The server serves client/dist on the same origin, so the app only ever calls relative /api URLs;
// in development the proxy gives it the same shape.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The CSP forbids inline scripts, so nothing may be inlined as a data: module.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
