import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { createLoaders } from '#src/app.loaders.js';
import { GraphQLExceptionFilter } from '#src/common/filters/graphql-exception.filter.js';
import { graphqlOptions } from '#src/common/graphql/graphql.options.js';
import { ListBounds } from '#src/common/graphql/list-bounds.js';
import { DemoDataModule } from '#src/datasets/demo/demo-data.module.js';
import { DwcpModule } from '#src/dwcp/dwcp.module.js';
import { ExportsModule } from '#src/exports/exports.module.js';
import { KmModule } from '#src/km/km.module.js';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { PlatformModule } from '#src/platform/platform.module.js';
import { ResultsModule } from '#src/results/results.module.js';

/** The application: the platform, the three business domains, the exports built on them, and the demo data. */
@Module({
  imports: [
    PlatformModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfigService, DataSource],
      useFactory: (config: AppConfigService, dataSource: DataSource) =>
        graphqlOptions(config, () => createLoaders(dataSource), new ListBounds(dataSource)),
    }),
    ResultsModule,
    DwcpModule,
    KmModule,
    ExportsModule,
    DemoDataModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphQLExceptionFilter }],
})
export class AppModule {}
