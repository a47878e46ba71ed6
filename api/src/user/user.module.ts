import { Module } from '@nestjs/common';
import { UserResolver } from '#src/user/user.resolver.js';
import { UserService } from '#src/user/user.service.js';

@Module({ providers: [UserService, UserResolver] })
export class UserModule {}
