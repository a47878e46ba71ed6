import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfigService } from '#src/config/app-config.service.js';
import { DatabaseBootstrap } from '#src/database/database-bootstrap.service.js';
import { EmbeddedDatabaseHost } from '#src/database/embedded-database.host.js';
import { typeOrmOptions } from '#src/database/typeorm-options.js';
import { DemoDataModule } from '#src/database/seeds/demo-data.module.js';

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
        return typeOrmOptions(
          serverUrl
            ? { url: serverUrl, poolSize: config.get('DATABASE_POOL_SIZE') }
            : { url: await embedded.start(config.get('DATA_DIR')), poolSize: 1 },
        );
      },
    }),
    DemoDataModule,
  ],
  providers: [DatabaseBootstrap],
  exports: [DatabaseBootstrap],
})
export class DatabaseModule {}
