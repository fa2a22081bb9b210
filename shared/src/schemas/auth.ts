import { z } from "zod";
import { roles } from "../permissions.ts";
import { idSchema, isoDateTimeSchema, versionSchema } from "./common.ts";

export const roleSchema = z.enum(roles);

export const loginInputSchema = z.object({
  email: z.email({ message: "expected an email address" }).max(320),
  password: z.string().min(1, "enter your password").max(1000),
});

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

export const sessionInfoSchema = z.object({
  user: userSchema,
  /** Send back as the X-CSRF-Token header on every change. */
  csrfToken: z.string(),
  expiresAt: isoDateTimeSchema,
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const passwordSchema = z.string().min(12, "use at least 12 characters").max(200);

export const createUserInputSchema = z.object({
  email: z.email({ message: "expected an email address" }).max(320),
  name: z.string().trim().min(1, "enter a name").max(200),
  role: roleSchema,
  password: passwordSchema,
});

export const updateUserInputSchema = z.object({
  version: versionSchema,
  name: z.string().trim().min(1).max(200).optional(),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
  password: passwordSchema.optional(),
});
