// Longest text each kind of field accepts. Longer input is refused with the field's name.
export const MAX_CODE = 20;
export const MAX_NAME = 200;
export const MAX_TITLE = 1000;
export const MAX_UNIT = 50;
export const MAX_NARRATIVE = 20_000;
export const MAX_URL = 2000;
export const MAX_LIST = 100;
export const MAX_REASON = 1000;
