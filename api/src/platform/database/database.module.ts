import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { DatabaseBootstrap } from '#src/platform/database/database-bootstrap.service.js';
import { EmbeddedDatabaseHost } from '#src/platform/database/embedded-database.host.js';
import { typeOrmOptions } from '#src/platform/database/typeorm-options.js';
import { waitForDatabase } from '#src/platform/database/wait-for-database.js';

@Module({ providers: [EmbeddedDatabaseHost], exports: [EmbeddedDatabaseHost] })
class EmbeddedDatabaseModule {}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [EmbeddedDatabaseModule],
      inject: [AppConfigService, EmbeddedDatabaseHost],
      useFactory: async (config: AppConfigService, embedded: EmbeddedDatabaseHost) => {
        const serverUrl = config.get('DATABASE_URL');
        // Each domain module registers its own entities (TypeOrmModule.forFeature).
        if (!serverUrl) {
          const url = await embedded.start(config.get('DATA_DIR'));
          return { ...typeOrmOptions({ url, poolSize: 1 }), autoLoadEntities: true };
        }
        const timeoutMs = config.get('DATABASE_CONNECT_TIMEOUT_MS');
        await waitForDatabase(serverUrl, {
          retries: config.get('DATABASE_CONNECT_RETRIES'),
          delayMs: config.get('DATABASE_CONNECT_RETRY_DELAY_MS'),
          timeoutMs,
        });
        return {
          ...typeOrmOptions({ url: serverUrl, poolSize: config.get('DATABASE_POOL_SIZE') }),
          autoLoadEntities: true,
          // Bounds the wait for a new connection and for a free one of the pool: past it, 503.
          connectTimeoutMS: timeoutMs,
          // waitForDatabase has retried already; a failure now is not a slow start.
          toRetry: () => false,
        };
      },
    }),
  ],
  providers: [DatabaseBootstrap],
  exports: [DatabaseBootstrap],
})
export class DatabaseModule {}
