/**
 * Analysts explore the API in GraphiQL's Docs pane: every type, field,
 * argument and enum value of the emitted schema must say what it means.
 */
import 'reflect-metadata';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { buildAppSchema } from './schema';

const described = (d: string | null | undefined): boolean => typeof d === 'string' && d.trim().length > 0;

/** Every schema element without a description, as "Type", "Type.field", "Type.field(arg)" or "Enum.VALUE". */
function undescribed(): string[] {
  const schema = buildAppSchema();
  // type-graphql builds Query and Mutation itself and has no option to describe
  // them; their fields and arguments are checked like any other.
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name));
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!described(type.description) && !roots.has(type.name)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(undescribed()).toEqual([]);
  });
});
