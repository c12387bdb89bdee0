import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SearchInputError } from '../storage/search/search-request.ts';
import type { ApiError } from './api-types.ts';

/** A 4xx answer with a message the caller can act on. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** One error shape for every route: {@link ApiError}. Unexpected errors are logged, their text not shown. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  let body: ApiError;
  if (error instanceof SearchInputError) {
    body = { statusCode: 400, error: REASONS[400]!, message: error.message, details: error.details };
  } else if (error instanceof HttpError) {
    body = {
      statusCode: error.statusCode,
      error: REASONS[error.statusCode] ?? 'Error',
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    };
  } else {
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      body = { statusCode: status, error: REASONS[status] ?? 'Error', message: error.message };
    } else {
      request.log.error({ err: error }, 'request failed');
      body = { statusCode: 500, error: REASONS[500]!, message: 'internal error; see the server log' };
    }
  }
  return reply.status(body.statusCode).send(body);
}
