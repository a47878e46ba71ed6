import * as Enums from '../generated/enums';
import { en } from '../i18n/en';

/** The schema's enums, by name (generated from api/schema.graphql). */
export type EnumName = keyof typeof Enums;
export type EnumValue<E extends EnumName> = (typeof Enums)[E][keyof (typeof Enums)[E]] & string;
/** A label for each value of each enum: the English catalogue's `enums` has this type. */
export type EnumLabels = { [E in EnumName]: Record<EnumValue<E>, string> };

/** An enum's values (generated), in the order its English labels list them: the order people work through them. */
export const enumValues = <E extends EnumName>(enumName: E): EnumValue<E>[] => {
  const order: string[] = Object.keys(en.enums[enumName]);
  return (Object.values(Enums[enumName]) as EnumValue<E>[]).sort((a, b) => order.indexOf(a) - order.indexOf(b));
};

/** Choices for a SelectInput of a GraphQL enum, labelled through the catalogue's `enums.<Enum>.<VALUE>`. */
export const enumChoices = (enumName: EnumName) =>
  enumValues(enumName).map((value) => ({ id: value, name: `enums.${enumName}.${value}` }));
