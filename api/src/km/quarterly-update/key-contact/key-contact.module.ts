import { Module } from '@nestjs/common';
import { KeyContactResolver } from '#src/km/quarterly-update/key-contact/key-contact.resolver.js';
import { KeyContactService } from '#src/km/quarterly-update/key-contact/key-contact.service.js';

@Module({ providers: [KeyContactService, KeyContactResolver] })
export class KeyContactModule {}
