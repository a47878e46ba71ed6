import type { Request } from 'express';
import type { Loaders } from '#src/app.loaders.js';

export interface GraphQLContext {
  req: Request;
  loaders: Loaders;
}
