import type { Request } from 'express';
import type { Loaders } from '#src/dataloader/loaders.js';

export interface GraphQLContext {
  req: Request;
  loaders: Loaders;
}
