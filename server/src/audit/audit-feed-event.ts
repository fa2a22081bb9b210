// The feed's event is defined once, in the shared schemas, so the client parses exactly what the
// server sends. Kept under this name for the OpenAPI components, which import it from here.
export { auditFeedEventSchema, type AuditFeedEvent } from "@claimdesk/shared";
