// Public surface of the review feature.
export { ReviewWorkspace } from "./components/review-workspace.tsx";
