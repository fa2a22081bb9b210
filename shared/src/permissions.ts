// Who may do what, written once and used by the server (to enforce) and the client (to show or
// hide controls). Permissions are typed strings, as "action:entity".
export const roles = ["reviewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "read:article",
  "read:claim",
  "create:claim",
  "update:claim",
  "set:verdict",
  "assign:claim",
  "create:source",
  "update:source",
  "create:note",
  "update:note:own",
  "update:note:any",
  "import:article",
  "update:article",
  "approve:verdict",
  "export:report",
  "read:audit",
  "verify:audit",
  "manage:users",
] as const;
export type Permission = (typeof permissions)[number];

const reviewer: Permission[] = [
  "read:article",
  "read:claim",
  "create:claim",
  "update:claim",
  "set:verdict",
  "assign:claim",
  "create:source",
  "update:source",
  "create:note",
  "update:note:own",
];
const editor: Permission[] = [
  ...reviewer,
  "import:article",
  "update:article",
  "approve:verdict",
  "export:report",
  "read:audit",
];
const admin: Permission[] = [...editor, "update:note:any", "verify:audit", "manage:users"];

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  reviewer: new Set(reviewer),
  editor: new Set(editor),
  admin: new Set(admin),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Notes are personal: their author may change them; others only with update:note:any. */
export function canEditNote(user: { id: string; role: Role }, note: { authorId: string }): boolean {
  return note.authorId === user.id ? can(user.role, "update:note:own") : can(user.role, "update:note:any");
}
