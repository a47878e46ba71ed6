import { Module } from '@nestjs/common';
import { UserResolver } from '#src/platform/user/user.resolver.js';
import { UserService } from '#src/platform/user/user.service.js';

@Module({ providers: [UserService, UserResolver] })
export class UserModule {}
