// Public surface of the reports feature.
export { ExportReport } from "./components/export-report.tsx";
