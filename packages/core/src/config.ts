import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  REGULARS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  REGULARS_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (generate one with: openssl rand -hex 32)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REGULARS_DEMO: booleanFromEnv.default(true),
  REGULARS_OWNER_EMAIL: z.email().default('owner@regulars.local'),
  REGULARS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  REGULARS_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  REGULARS_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  REGULARS_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  REGULARS_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  REGULARS_PUBLIC_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
  REGULARS_SECURE_COOKIES: booleanFromEnv.optional(),
  REGULARS_FIELD_KEY_IDS: z
    .string()
    .regex(
      /^[a-z0-9]{1,8}(,[a-z0-9]{1,8})*$/,
      'a comma-separated list of key ids such as k1,k2 (the last one is current)',
    )
    .default('k1'),
});

/** Boot settings, parsed once from the environment. Business settings live in the database. */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Secret for deriving keys; when absent a key file is created in the data directory. */
  secret: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  demo: boolean;
  ownerEmail: string;
  session: { idleMinutes: number; maxHours: number; secureCookies: boolean };
  login: { maxFailures: number; lockoutMinutes: number; ratePerMinute: number };
  /** Requests per minute and address to public (signed-out) routes other than health probes. */
  publicRatePerMinute: number;
  /** Field-encryption key ids, oldest first; the last one encrypts new values (rotation). */
  fieldKeyIds: string[];
  /** scrypt cost parameter N (power of two). Lowered only by tests. */
  passwordCost: number;
};

/** A configuration problem that stops the start with one readable message. */
export class ConfigError extends Error {}

/**
 * Reads the configuration from the process environment, with command-line overrides on top.
 * Throws ConfigError naming every bad variable.
 */
export function loadConfigFromEnvironment(overrides: Record<string, string | undefined> = {}): Config {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return loadConfig({ ...process.env, ...defined });
}

/**
 * Reads the configuration from an environment map.
 * Throws ConfigError naming every bad variable and why.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.REGULARS_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    secret: e.REGULARS_SECRET,
    logLevel: e.LOG_LEVEL,
    demo: e.REGULARS_DEMO,
    ownerEmail: e.REGULARS_OWNER_EMAIL.toLowerCase(),
    session: {
      idleMinutes: e.REGULARS_SESSION_IDLE_MINUTES,
      maxHours: e.REGULARS_SESSION_MAX_HOURS,
      secureCookies: e.REGULARS_SECURE_COOKIES ?? false,
    },
    login: {
      maxFailures: e.REGULARS_LOGIN_MAX_FAILURES,
      lockoutMinutes: e.REGULARS_LOCKOUT_MINUTES,
      ratePerMinute: e.REGULARS_LOGIN_RATE_PER_MINUTE,
    },
    publicRatePerMinute: e.REGULARS_PUBLIC_RATE_PER_MINUTE,
    fieldKeyIds: e.REGULARS_FIELD_KEY_IDS.split(','),
    passwordCost: 2 ** 15,
  };
}
