// The zod schemas of POST /api/cypher: the body it reads and the answer it gives, which the
// handler checks requests with and the OpenAPI document is built from.
import { z } from 'zod';
import type { CypherAnswer, WireNode, WireRelationship, WireValue } from '../../cypher/wire.js';

export const cypherRequest = z
  .object({
    query: z
      .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') })
      .refine((q) => q.trim() !== '', 'must not be empty')
      .meta({
        description: 'One read-only Cypher statement.',
        example: 'MATCH (a:Actor) RETURN a.name LIMIT 5',
      }),
    params: z
      .record(z.string(), z.unknown(), {
        error: 'must be an object of parameter names to JSON values',
      })
      .optional()
      .meta({ description: 'Query parameters ($name); whole numbers are INTEGERs.' }),
  })
  .strict();

/** Any wire value; left open in the document (a recursive schema would not survive in it). */
const wireValue = z.unknown() as unknown as z.ZodType<WireValue>;

const position = z.object({ offset: z.number(), line: z.number(), column: z.number() }).strict();

const wireNode = z
  .object({
    $element: z.literal('node'),
    elementId: z.string(),
    labels: z.array(z.string()),
    properties: z.record(z.string(), wireValue),
  })
  .strict() satisfies z.ZodType<WireNode>;

const wireRelationship = z
  .object({
    $element: z.literal('relationship'),
    elementId: z.string(),
    type: z.string(),
    startElementId: z.string(),
    endElementId: z.string(),
    properties: z.record(z.string(), wireValue),
  })
  .strict() satisfies z.ZodType<WireRelationship>;

export const cypherAnswer = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.array(wireValue)).meta({
      description:
        'One array per row, a value per column. Nodes, relationships and paths are objects tagged ' +
        '"$element" (node, relationship, path); INTEGERs outside ±(2^53−1) and temporal values are strings.',
    }),
    graph: z
      .object({ nodes: z.array(wireNode), edges: z.array(wireRelationship) })
      .strict()
      .meta({ description: 'Every node and relationship found anywhere in the rows, once each.' }),
    summary: z
      .object({
        backend: z.enum(['embedded', 'neo4j']),
        ms: z.number(),
        rows: z.number().int(),
        truncated: z.boolean().meta({ description: 'More rows existed than the row limit.' }),
        notifications: z.array(
          z
            .object({
              code: z.string(),
              title: z.string(),
              description: z.string(),
              position: position.optional(),
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict() satisfies z.ZodType<CypherAnswer>;
