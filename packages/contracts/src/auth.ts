import { z } from 'zod';
import { ACTIONS, ROLES } from './roles';

/** Minimum password rules, shown to the user in their language by the console. */
export const PASSWORD_MIN_LENGTH = 10;

/** A new password: at least PASSWORD_MIN_LENGTH characters. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200);

/** Wire shape of login input. */
export const loginInputSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});
/** Parsed form of `loginInputSchema`. */
export type LoginInput = z.infer<typeof loginInputSchema>;

/** Wire shape of change password input. */
export const changePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
/** Parsed form of `changePasswordInputSchema`. */
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

/** The signed-in staff member, their permissions and the CSRF token for mutating requests. */
export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  storeIds: z.array(z.string()).nullable().describe('null means every store'),
  permissions: z.array(z.enum(ACTIONS)),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});
/** Parsed form of `meSchema`. */
export type Me = z.infer<typeof meSchema>;
