import { applyDecorators } from '@nestjs/common';
import { IsEmail } from 'class-validator';

export const UserEmail = () => applyDecorators(IsEmail({}, { message: 'must be an email address' }));
