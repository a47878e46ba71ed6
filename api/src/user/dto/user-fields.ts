import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsEmail, Matches } from 'class-validator';

export const UserEmail = () => applyDecorators(IsEmail({}, { message: 'must be an email address' }));

export const OfficeIdList = () =>
  applyDecorators(
    ArrayMaxSize(50, { message: 'must list at most 50 offices' }),
    Matches(/^\d{1,10}$/, { each: true, message: 'must be a list of office ids' }),
  );
