// The import screen, loaded on demand (see app/router.tsx).
export { ImportArticlePage } from "./components/import-article-page.tsx";
