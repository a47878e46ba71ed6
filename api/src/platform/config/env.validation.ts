import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import {
  DEFAULT_MILESTONE_THRESHOLDS,
  milestoneThresholdProblems,
  type MilestoneThresholds,
} from '#src/results/progress/milestone-rule.js';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalized = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  return value;
};

const toNumber = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;

export const NODE_ENVIRONMENTS = ['development', 'production', 'test'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Every environment variable the API reads, checked once at start-up. */
export class EnvironmentVariables {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: NodeEnvironment = 'development';

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  // Unset: the API runs on an embedded PostgreSQL (PGlite) kept under DATA_DIR.
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  // Start-up waits for the database: this many more attempts after the first, this far apart.
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(1000)
  DATABASE_CONNECT_RETRIES = 10;

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(600_000)
  DATABASE_CONNECT_RETRY_DELAY_MS = 2000;

  // Longest wait for a connection (a new one, or a free one of the pool); beyond it the request gets 503.
  @Transform(toNumber)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_CONNECT_TIMEOUT_MS = 10_000;

  @IsString()
  DATA_DIR = './data';

  @Transform(toBoolean)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  // Defaults to true outside production; loads only into an empty database.
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  LOAD_DEMO_DATA?: boolean;

  // Defaults to true in development.
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHIQL?: boolean;

  // Whether the schema may be introspected (__schema, __type, and "Did you mean" hints in errors).
  // Defaults to false in production unless GRAPHIQL is on; the admin UI does not need it.
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  // Signs access tokens. Required in production; in development a generated one is kept in DATA_DIR.
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  // How long an access token lasts, e.g. 8h, 30m, 1d.
  @Matches(/^\d+[smhd]$/)
  JWT_EXPIRES_IN = '8h';

  // Login attempts allowed per window, from one IP address and for one email address.
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_PER_IP = 20;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_PER_EMAIL = 5;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_WINDOW_SECONDS = 900;

  // Deepest selection a GraphQL operation may nest (introspection excepted).
  @Transform(toNumber)
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 10;

  // Most tokens (names, braces, values...) a GraphQL document may hold: longer ones are refused while
  // being parsed, before any other work. The admin UI's largest operation holds about 300.
  @Transform(toNumber)
  @IsInt()
  @Min(500)
  GRAPHQL_MAX_TOKENS = 2000;

  // Largest estimated cost of an operation: every field, times the rows each list can return.
  @Transform(toNumber)
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_COMPLEXITY = 100_000;

  // JSON lines on stdout from this level up; defaults to info (warn under NODE_ENV=test).
  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL?: LogLevel;

  // On SIGTERM, requests under way get this long to finish before the process exits anyway.
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 8000;

  // Largest request body, e.g. 1mb, 500kb.
  @Matches(/^\d+(kb|mb)$/)
  REQUEST_BODY_LIMIT = '1mb';

  // Which proxies in front may say who the client is (X-Forwarded-For): false, true, a hop count,
  // or addresses and subnets, comma-separated (Express's 'trust proxy'). Used by the sign-in limits.
  @Matches(/^(false|true|\d{1,2}|[0-9A-Za-z.:/]+(\s*,\s*[0-9A-Za-z.:/]+)*)$/, {
    message: 'must be false, true, a number of hops, or addresses and subnets separated by commas',
  })
  TRUST_PROXY = 'false';

  // Browser origins allowed to call the API from another site, comma-separated; empty: none.
  @IsString()
  CORS_ORIGINS = '';

  // Notifications are also emailed through this SMTP server, e.g. smtp://user:pass@mail.example.org:587.
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/)
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'ROAP results tracker <no-reply@localhost>';

  // Offices are reminded of a report due within this many days, and of overdue ones.
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(60)
  REMINDER_DAYS_BEFORE_DUE = 7;

  // When the reminder job runs (cron syntax, server time).
  @IsString()
  REMINDER_CRON = '0 6 * * *';

  // A component is ON_TRACK when its achievement reaches this share of the expected progress.
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(2)
  PROGRESS_ON_TRACK_RATIO = 0.9;

  // ... and AT_RISK from this share; below it, OFF_TRACK.
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(2)
  PROGRESS_AT_RISK_RATIO = 0.6;

  // Milestones (milestone-rule.ts): the share of its target period elapsed from which a milestone
  // NOT_STARTED, then IN_PROGRESS, is AT_RISK, then OFF_TRACK. 1 = once the whole period has gone.
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED = DEFAULT_MILESTONE_THRESHOLDS.notStartedAtRisk;

  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  PROGRESS_MILESTONE_NOT_STARTED_OFF_TRACK_ELAPSED = DEFAULT_MILESTONE_THRESHOLDS.notStartedOffTrack;

  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  PROGRESS_MILESTONE_IN_PROGRESS_AT_RISK_ELAPSED = DEFAULT_MILESTONE_THRESHOLDS.inProgressAtRisk;

  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  PROGRESS_MILESTONE_IN_PROGRESS_OFF_TRACK_ELAPSED = DEFAULT_MILESTONE_THRESHOLDS.inProgressOffTrack;

  // The former name of PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED, still read when the new one is unset.
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  PROGRESS_MILESTONE_AT_RISK_ELAPSED?: number;

  // The date the reporting clock reads (YYYY-MM-DD): compliance and reminders as of that day.
  // Unset: the demo's reference date when the demo data is loaded, else today.
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'REPORTING_DATE must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'REPORTING_DATE must be a real calendar date (YYYY-MM-DD)' })
  REPORTING_DATE?: string;
}

/** The milestone thresholds the environment sets. */
export const milestoneThresholdsOf = (env: EnvironmentVariables): MilestoneThresholds => ({
  notStartedAtRisk: env.PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED,
  notStartedOffTrack: env.PROGRESS_MILESTONE_NOT_STARTED_OFF_TRACK_ELAPSED,
  inProgressAtRisk: env.PROGRESS_MILESTONE_IN_PROGRESS_AT_RISK_ELAPSED,
  inProgressOffTrack: env.PROGRESS_MILESTONE_IN_PROGRESS_OFF_TRACK_ELAPSED,
});

/** Variables that may hold a secret (a signing key, a password inside a URL): never printed. */
const SECRET_VARIABLE = /SECRET|PASSWORD|TOKEN|KEY|_URL$/;

const shownValue = (variable: string, value: unknown) =>
  SECRET_VARIABLE.test(variable) ? '(value hidden)' : JSON.stringify(value);

/** Validates the environment; the error names every variable that is wrong and why, without secrets' values. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  // Every declared variable, optional ones included (they have no initializer to list them).
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
      .map((metadata: { propertyName: string }) => metadata.propertyName),
  );
  const relevant = Object.fromEntries(Object.entries(raw).filter(([key, value]) => known.has(key) && value !== ''));
  const env = plainToInstance(EnvironmentVariables, relevant, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (error) =>
        `${error.property}=${shownValue(error.property, error.value)}: ${Object.values(error.constraints ?? {}).join(', ')}`,
    );
    throw new Error(`Invalid environment configuration:\n  ${lines.join('\n  ')}`);
  }
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new Error(
      'Invalid environment configuration:\n  JWT_SECRET must be set in production (at least 32 characters)',
    );
  }
  if (env.PROGRESS_AT_RISK_RATIO > env.PROGRESS_ON_TRACK_RATIO) {
    throw new Error(
      'Invalid environment configuration:\n  PROGRESS_AT_RISK_RATIO must not exceed PROGRESS_ON_TRACK_RATIO',
    );
  }
  if (
    relevant.PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED === undefined &&
    env.PROGRESS_MILESTONE_AT_RISK_ELAPSED !== undefined
  ) {
    env.PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED = env.PROGRESS_MILESTONE_AT_RISK_ELAPSED;
  }
  const milestoneProblems = milestoneThresholdProblems(milestoneThresholdsOf(env));
  if (milestoneProblems.length > 0) {
    throw new Error(`Invalid environment configuration:\n  ${milestoneProblems.join('\n  ')}`);
  }
  return env;
}
