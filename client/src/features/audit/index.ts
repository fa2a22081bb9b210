// Public surface of the audit feature.
export { AuditPage } from "./components/audit-page.tsx";
