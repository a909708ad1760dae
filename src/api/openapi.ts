// Builds the OpenAPI 3.1 document from the route definitions and the zod schemas of their
// parameters and bodies, so the document cannot drift from what the router validates.
import { z } from 'zod';
import { COMPONENTS } from './bodies.js';
import type { Route } from './route.js';

type JsonSchema = Record<string, unknown>;

const COMPONENT_NAMES = new Map<z.ZodType, string>(
  Object.entries(COMPONENTS).map(([name, schema]) => [schema, name]),
);

const ERROR_RESPONSES: Record<number, string> = {
  400: 'A parameter is bad or unknown; error.field names it.',
  404: 'Not found; for actors, error.suggestions holds did-you-mean candidates.',
  409: 'The name is ambiguous; error.candidates lists the actors it could mean.',
  500: 'Unexpected server error (logged; no details are returned).',
  503: 'The store is unavailable (store_unavailable) or the request timed out (timeout).',
};

/** A JSON Schema without the keywords that only a standalone document carries. */
function bare(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

function schemaFor(schema: z.ZodType): JsonSchema {
  const name = COMPONENT_NAMES.get(schema);
  if (name) return { $ref: `#/components/schemas/${name}` };
  return bare(z.toJSONSchema(schema, { io: 'output' }) as JsonSchema);
}

function components(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, bare(s as JsonSchema)]));
}

function parameters(where: 'path' | 'query', schema: z.ZodType | undefined): JsonSchema[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const { description, ...json } = bare(z.toJSONSchema(field, { io: 'output' }) as JsonSchema);
    return {
      name,
      in: where,
      required: where === 'path' || !field.safeParse(undefined).success,
      ...(description !== undefined && { description }),
      schema: json,
      // Lists are one comma-separated value: ?types=STRIKES,SHELTERS
      ...(json.type === 'array' && { style: 'form', explode: false }),
    };
  });
}

function responses(route: Route): JsonSchema {
  const ok =
    'json' in route.response
      ? { 'application/json': { schema: schemaFor(route.response.json) } }
      : Object.fromEntries(
          Object.entries(route.response.files).map(([type, schema]) => [
            type,
            { schema: schema ? schemaFor(schema) : { type: 'string' } },
          ]),
        );
  const statuses = [400, ...(route.errors ?? []), 500, 503];
  const etag = {
    ETag: {
      description: 'The revision of the stored data; send it back as If-None-Match.',
      schema: { type: 'string' },
    },
  };
  return {
    200: {
      description: route.response.description,
      content: ok,
      ...(route.cached && { headers: etag }),
    },
    ...(route.cached && {
      304: { description: 'Not Modified: the data has not changed since the ETag sent.' },
    }),
    ...Object.fromEntries(
      statuses.map((status) => [
        status,
        {
          description: ERROR_RESPONSES[status],
          content: { 'application/json': { schema: schemaFor(COMPONENTS.ErrorBody) } },
        },
      ]),
    ),
  };
}

export function buildOpenApi(routes: readonly Route[], version: string): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const route of routes) {
    const path = '/api' + route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = {
      get: {
        tags: [route.tag],
        summary: route.summary,
        ...(route.description && { description: route.description }),
        parameters: [...parameters('path', route.params), ...parameters('query', route.query)],
        responses: responses(route),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'actorgraph',
      version,
      description:
        'The actors of the Pakistan–Afghanistan militancy conflict, their typed relationships ' +
        'and the claims, citing source articles, on every relationship. Every error answers ' +
        'with the ErrorBody shape; unknown query parameters are errors. Send X-Request-Id to ' +
        'have it echoed and logged.',
    },
    paths,
    components: { schemas: components() },
  };
}
