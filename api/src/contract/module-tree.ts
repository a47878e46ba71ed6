import type { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';

/** A class, as Nest registers providers and controllers. */
export type ClassRef = abstract new (...args: never[]) => unknown;

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | undefined;

export interface ModuleClasses {
  providers: ClassRef[];
  controllers: ClassRef[];
}

/** Every provider and controller class reachable from `root` through its imports, as Nest finds them. */
export async function moduleClasses(root: ModuleRef): Promise<ModuleClasses> {
  const found: ModuleClasses = { providers: [], controllers: [] };
  const seen = new Set<unknown>();
  const visit = async (entry: ModuleRef): Promise<void> => {
    const ref = await entry;
    if (!ref || seen.has(ref)) return;
    seen.add(ref);
    const dynamic = 'module' in ref ? ref : undefined;
    const moduleClass = dynamic ? dynamic.module : (ref as Type<unknown>);
    const read = <T>(key: string): T[] => [
      ...((Reflect.getMetadata(key, moduleClass) as T[] | undefined) ?? []),
      ...(((dynamic as Record<string, unknown> | undefined)?.[key] as T[] | undefined) ?? []),
    ];
    const classes = (key: string) => read<unknown>(key).filter((p): p is ClassRef => typeof p === 'function');
    found.providers.push(...classes(MODULE_METADATA.PROVIDERS));
    found.controllers.push(...classes(MODULE_METADATA.CONTROLLERS));
    for (const imported of read<ModuleRef>(MODULE_METADATA.IMPORTS)) await visit(imported);
  };
  await visit(root);
  return found;
}
