import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { RequestWithActor } from '#src/platform/auth/access.guard.js';
import { type GraphQLBody, ProgressResponseCache } from '#src/results/progress/progress-response-cache.plugin.js';

/**
 * Sends a kept dashboard answer before Apollo sees the request. Apollo would build and serialize
 * the same body again on every repeat (3 ms of a 5 ms request for a 400 KB dashboard); this
 * serializes it once. The request got here through the same parser, headers and logging, and an
 * identical query text already passed the depth and complexity limits when it was first answered.
 */
@Injectable()
export class ProgressFastPathMiddleware implements NestMiddleware {
  constructor(private readonly responses: ProgressResponseCache) {}

  async use(req: RequestWithActor, res: Response, next: NextFunction): Promise<void> {
    try {
      const body = req.body as GraphQLBody | undefined;
      const found = req.is('application/json') && body ? await this.responses.lookup(req, body) : undefined;
      if (!found) return next();
      found.answer.body ??= JSON.stringify({ data: found.answer.data });
      res.status(200).type('application/json; charset=utf-8').end(found.answer.body);
    } catch {
      next(); // Apollo answers, with the error it meets
    }
  }
}
