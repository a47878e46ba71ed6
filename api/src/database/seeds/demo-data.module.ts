import { Module } from '@nestjs/common';
import { DemoDataLoader } from '#src/database/seeds/demo-data.loader.js';

@Module({ providers: [DemoDataLoader], exports: [DemoDataLoader] })
export class DemoDataModule {}
