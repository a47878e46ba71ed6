import { Module } from '@nestjs/common';
import { KeyContactResolver } from '#src/key-contact/key-contact.resolver.js';
import { KeyContactService } from '#src/key-contact/key-contact.service.js';

@Module({ providers: [KeyContactService, KeyContactResolver] })
export class KeyContactModule {}
