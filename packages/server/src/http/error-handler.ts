import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode, FieldIssue } from '@regulars/contracts';
import { AppError } from '@regulars/core';
import { ERROR_STATUS } from './error-status';

/** Sends the error model `{ error: { code, message, details?, requestId } }`. */
export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  message: string,
  details?: unknown,
): FastifyReply {
  const body: ErrorBody = { error: { code, message, requestId: request.id } };
  if (details !== undefined) body.error.details = details;
  return reply.status(ERROR_STATUS[code]).send(body);
}

/**
 * Maps every error to the error model: AppError by its code, schema failures to
 * `validation_failed` with the list of fields, anything unexpected to `internal` (logged with
 * the request id, never shown).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(reply, request, error.code, error.message, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues: FieldIssue[] = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      return sendError(reply, request, 'validation_failed', 'The request is not valid', issues);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: { message: error.message } }, 'response did not match its schema');
      return sendError(reply, request, 'internal', 'Something went wrong on our side');
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return sendError(reply, request, 'rate_limited', 'Too many requests; slow down');
    if (status >= 400 && status < 500) {
      const issues: FieldIssue[] = [{ path: 'body', message: error.message }];
      return sendError(reply, request, 'validation_failed', 'The request could not be read', issues);
    }
    request.log.error({ err: { message: error.message, stack: error.stack } }, 'unexpected error');
    return sendError(reply, request, 'internal', 'Something went wrong on our side');
  });
}
