import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EnvironmentVariables, LogLevel } from '#src/platform/config/env.validation.js';
import type { ProgressThresholds } from '#src/results/progress/progress-rule.js';

/** Request lines would drown the test runners' output; warnings and errors still show. */
export const logLevelOf = (level: LogLevel | undefined, nodeEnv: string): LogLevel =>
  level ?? (nodeEnv === 'test' ? 'warn' : 'info');

/** Typed access to the validated environment. */
@Injectable()
export class AppConfigService {
  constructor(private readonly config: ConfigService<EnvironmentVariables, true>) {}

  get<K extends keyof EnvironmentVariables>(key: K): EnvironmentVariables[K] {
    return this.config.get(key, { infer: true });
  }

  get isProduction(): boolean {
    return this.get('NODE_ENV') === 'production';
  }

  get graphiqlEnabled(): boolean {
    return this.get('GRAPHIQL') ?? this.get('NODE_ENV') === 'development';
  }

  /** Introspection, and the schema hints of validation errors: off in production unless configured. */
  get introspectionEnabled(): boolean {
    return this.get('GRAPHQL_INTROSPECTION') ?? (this.graphiqlEnabled || !this.isProduction);
  }

  get logLevel(): LogLevel {
    return logLevelOf(this.get('LOG_LEVEL'), this.get('NODE_ENV'));
  }

  /** TRUST_PROXY as Express's 'trust proxy' setting wants it. */
  get trustProxy(): boolean | number | string {
    return trustProxySetting(this.get('TRUST_PROXY'));
  }

  get loadDemoData(): boolean {
    return this.get('LOAD_DEMO_DATA') ?? !this.isProduction;
  }

  get progressThresholds(): ProgressThresholds {
    return {
      onTrackRatio: this.get('PROGRESS_ON_TRACK_RATIO'),
      atRiskRatio: this.get('PROGRESS_AT_RISK_RATIO'),
      milestone: {
        notStartedAtRisk: this.get('PROGRESS_MILESTONE_NOT_STARTED_AT_RISK_ELAPSED'),
        notStartedOffTrack: this.get('PROGRESS_MILESTONE_NOT_STARTED_OFF_TRACK_ELAPSED'),
        inProgressAtRisk: this.get('PROGRESS_MILESTONE_IN_PROGRESS_AT_RISK_ELAPSED'),
        inProgressOffTrack: this.get('PROGRESS_MILESTONE_IN_PROGRESS_OFF_TRACK_ELAPSED'),
      },
    };
  }
}

export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
