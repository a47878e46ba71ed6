import { Matches } from 'class-validator';

export const INDICATOR_CODE = /^(\d{1,2})\.(\d{1,2})$/;

export const IndicatorCode = () =>
  Matches(INDICATOR_CODE, { message: 'must be the outcome number, a dot and the indicator number, e.g. 2.3' });
