// Every action the server records in the audit log, with the words people read for it. The one
// list both sides use: the audit page offers these in its Action filter and names events with them,
// and a server test fails when the server records an action missing here (or this lists one it no
// longer records), so a filter choice can never be a typo that silently matches nothing.

export const auditActionLabels = {
  "session.login": "Signed in",
  "session.logout": "Signed out",
  "user.create": "Account created",
  "user.update": "Account changed",
  "article.import": "Article imported",
  "article.update": "Article details changed",
  "article.revise": "Article text revised",
  "claim.create": "Claim created",
  "claim.update": "Claim edited",
  "claim.assign": "Claim assigned",
  "claim.verdict": "Verdict changed",
  "claim.verdict_cleared": "Verdict cleared",
  "claim.approve": "Verdict approved",
  "claim.dismiss": "Claim dismissed",
  "claim.restore": "Claim restored",
  "claim.split": "Claim split",
  "claim.merge": "Claims merged",
  "claim.merge_away": "Claim merged into another",
  "claim.reanchor": "Claim re-anchored after a revision",
  "source.add": "Source added",
  "source.update": "Source edited",
  "source.remove": "Source removed",
  "note.add": "Note added",
  "note.update": "Note edited",
  "note.delete": "Note deleted",
  "report.export": "Report exported",
} as const;

export type AuditAction = keyof typeof auditActionLabels;

export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(auditActionLabels, value);
}

/** The readable name of an action; an unknown one (from an older version) reads as recorded. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? auditActionLabels[action] : action;
}
