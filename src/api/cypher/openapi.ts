// The OpenAPI description of POST /api/cypher, from the same zod schemas the route checks.
import { z } from 'zod';
import { errorBody } from '../bodies.js';
import { cypherAnswer, cypherRequest } from './schema.js';

const json = (schema: z.ZodType, io: 'input' | 'output') => {
  const s = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete s.$schema;
  return { 'application/json': { schema: s } };
};

const ERRORS: Record<number, string> = {
  400:
    'The body or the query is at fault: bad_request (error.field names the body field), ' +
    'syntax_error, semantic_error, type_error, argument_error, parameter_error, unsupported, or ' +
    'read_only for a write clause; error.position and error.text say where, when known.',
  413: 'The body is larger than the server reads.',
  422: 'limit_exceeded: the query is longer than allowed, or needed more rows, list elements, expansions or memory than a query may.',
  500: 'Unexpected server error (logged; no details are returned).',
  503: 'timeout: the query ran past the time limit and was stopped; or store_unavailable.',
};

export function cypherPathItem(): Record<string, unknown> {
  return {
    post: {
      tags: ['cypher'],
      summary: 'Run one read-only Cypher query.',
      description:
        'On Neo4j the query runs in a READ transaction with a timeout; on the embedded store in ' +
        'the embedded engine, in a worker thread. Write clauses are refused before either sees ' +
        'the query. Limits (time, rows, query length, memory) are set by ACTORGRAPH_CYPHER_* ' +
        'variables; rows past the row limit are dropped and summary.truncated says so.',
      requestBody: { required: true, content: json(cypherRequest, 'input') },
      responses: {
        200: { description: 'The result.', content: json(cypherAnswer, 'output') },
        ...Object.fromEntries(
          Object.entries(ERRORS).map(([status, description]) => [
            status,
            { description, content: json(errorBody, 'output') },
          ]),
        ),
      },
    },
  };
}
