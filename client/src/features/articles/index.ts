// Public surface of the articles feature.
export { ArticlesPage } from "./components/articles-page.tsx";
