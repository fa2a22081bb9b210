-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_seq_idx" ON "audit_events"("entity_type", "entity_id", "seq");

