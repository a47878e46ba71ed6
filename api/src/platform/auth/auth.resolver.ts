import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AnyRole, Public } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { AuthService } from '#src/platform/auth/auth.service.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { ChangeMyPasswordArgs, LoginArgs, SetMyLanguageArgs } from '#src/platform/auth/dto/login.args.js';
import { LoginResultDTO } from '#src/platform/auth/dto/login-result.dto.js';
import { LoginThrottleGuard } from '#src/platform/auth/login-throttle.guard.js';
import { UserDTO } from '#src/platform/user/dto/user.dto.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottleGuard)
  @Mutation(() => LoginResultDTO, { description: 'Rate-limited per IP address and per email address' })
  login(@Args() { email, password }: LoginArgs) {
    return this.auth.login(email, password);
  }

  @AnyRole()
  @Query(() => UserDTO, { description: 'The signed-in user' })
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }

  @AnyRole()
  @Mutation(() => LoginResultDTO, {
    description: 'Signs out every other session; this one goes on with the token returned',
  })
  changeMyPassword(@CurrentActor() actor: Actor, @Args() args: ChangeMyPasswordArgs) {
    return this.auth.changeMyPassword(actor, args.currentPassword, args.newPassword);
  }

  @AnyRole()
  @Mutation(() => UserDTO, { description: 'The signed-in user’s language: the interface’s and that of their emails' })
  setMyLanguage(@CurrentActor() actor: Actor, @Args() { language }: SetMyLanguageArgs) {
    return this.auth.setMyLanguage(actor, language);
  }
}
