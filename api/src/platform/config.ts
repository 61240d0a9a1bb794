import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root (…/api/src/platform → …). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalUrl = z.url({ message: 'expected a URL such as http://127.0.0.1:7700' }).optional();

/**
 * Every environment variable the exchange reads, validated once at start.
 * `.env.example` documents each one; keep the two in step.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: optionalUrl,
    DATA_DIR: z.string().min(1).default(path.join(ROOT_DIR, '.data')),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a PostgreSQL URL such as postgres://user:pass@host:5432/db')
      .optional(),
    MEILI_URL: optionalUrl,
    MEILI_MASTER_KEY: z.string().min(16, 'expected at least 16 characters').optional(),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_]*$/, 'expected lowercase letters, digits or _')
      .default(''),
    SESSION_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'expected smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Sàn giao dịch công nghệ <no-reply@techbridge.local>'),
    DEPARTMENT_NAME_VI: z.string().min(1).default('Sở Khoa học và Công nghệ Hà Tĩnh'),
    DEPARTMENT_NAME_EN: z.string().min(1).default('Ha Tinh Department of Science and Technology'),
    EXCHANGE_NAME_VI: z.string().min(1).default('Sàn giao dịch công nghệ Hà Tĩnh'),
    EXCHANGE_NAME_EN: z.string().min(1).default('Ha Tinh Technology Exchange'),
    PROVINCE_CODE: z.string().min(1).default('ha-tinh'),
    LOGO_URL: z.string().min(1).default('/logo.svg'),
    SEED_DEMO: bool.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SIGNIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    SIGNIN_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    EMAIL_TOKEN_TTL_HOURS: z.coerce.number().int().min(1).default(48),
    PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).default(60),
    INVITATION_TTL_DAYS: z.coerce.number().int().min(1).default(14),
    /** Largest image upload (bytes); checked while streaming, before anything is stored. */
    UPLOAD_MAX_IMAGE_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(1024 ** 3)
      .default(10 * 1024 * 1024),
    /** Largest PDF upload (bytes). */
    UPLOAD_MAX_DOCUMENT_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(1024 ** 3)
      .default(20 * 1024 * 1024),
    /** Largest request body on /graphql (bytes); larger ones are refused with 413 before parsing. */
    GRAPHQL_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(10 * 1024 * 1024)
      .default(100 * 1024),
    /** Query-shape limits (GraphQL Armor), checked before anything runs; see platform/graphql/limits.ts. */
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
    GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(5),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(500),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(8000),
    TRUST_PROXY: z.string().default('loopback'),
    WEB_DIST_DIR: z.string().default(path.join(ROOT_DIR, 'web', 'dist')),
    LISTING_EXPIRY_MONTHS: z.coerce.number().int().min(1).max(60).default(12),
    LISTING_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    SEARCH_SYNC_BATCH: z.coerce.number().int().min(1).max(10_000).default(100),
    SEARCH_SYNC_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    JOBS_ENABLED: bool.default(true),
    PUBLIC_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
    CASE_STAGE_DAYS: z
      .string()
      .default('RECEIVED=2,SCREENING=5,MATCHING=15,INTRODUCED=10,NEGOTIATING=30,AGREED=15')
      .refine(
        (v) =>
          v
            .split(',')
            .every((p) =>
              /^(RECEIVED|SCREENING|MATCHING|INTRODUCED|NEGOTIATING|AGREED)=\d{1,3}$/.test(p.trim()),
            ),
        'expected STAGE=working days pairs, e.g. RECEIVED=2,SCREENING=5',
      ),
    COMPLAINT_DAYS: z.coerce.number().int().min(1).max(90).default(10),
    INTEREST_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(3),
    INTEREST_ALERT_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    EXTRA_HOLIDAYS: z
      .string()
      .default('')
      .refine(
        (v) => v === '' || v.split(',').every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.trim())),
        'expected YYYY-MM-DD dates separated by commas',
      ),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'required in production (≥ 32 characters)',
      });
    }
    if (env.MEILI_URL && !env.MEILI_MASTER_KEY) {
      ctx.addIssue({ code: 'custom', path: ['MEILI_MASTER_KEY'], message: 'required when MEILI_URL is set' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config extends Env {
  isProduction: boolean;
  /** Demo accounts and content are seeded only when this is true (never in production). */
  seedDemo: boolean;
  /** True when e-mails are stored in the development mailbox instead of SMTP. */
  devMailbox: boolean;
  sessionSecret: string;
}

export class ConfigError extends Error {}

/** Parses and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(
      `Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`,
    );
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  return {
    ...env,
    isProduction,
    seedDemo: isProduction ? false : (env.SEED_DEMO ?? true),
    devMailbox: !env.SMTP_URL,
    // Outside production a fixed development secret is fine: it only salts token hashes.
    sessionSecret: env.SESSION_SECRET ?? 'development-only-secret-not-for-production-use',
  };
}
