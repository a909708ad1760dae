// Neo4j's errors for a query, as CypherErrors with the same codes the embedded engine uses;
// the position comes from the "(line L, column C (offset: O))" Neo4j puts in its messages.
import { Neo4jError } from 'neo4j-driver';
import { CypherError, type CypherErrorCode } from '../../errors.js';
import type { SourcePosition } from '../../wire.js';
import { timeoutError } from '../backend.js';

const BY_CODE: Record<string, CypherErrorCode> = {
  'Neo.ClientError.Statement.SyntaxError': 'syntax',
  'Neo.ClientError.Statement.SemanticError': 'semantic',
  'Neo.ClientError.Statement.TypeError': 'type',
  'Neo.ClientError.Statement.ArithmeticError': 'argument',
  'Neo.ClientError.Statement.ArgumentError': 'argument',
  'Neo.ClientError.Statement.EntityNotFound': 'argument',
  'Neo.ClientError.Statement.ParameterMissing': 'parameter',
  'Neo.ClientError.Statement.AccessMode': 'read-only',
  'Neo.ClientError.Statement.UnsupportedOperationError': 'unsupported',
  'Neo.ClientError.Statement.NotSystemDatabaseError': 'unsupported',
  'Neo.ClientError.Procedure.ProcedureNotFound': 'semantic',
  'Neo.ClientError.Procedure.ProcedureCallFailed': 'argument',
  'Neo.ClientError.Transaction.TransactionTimedOut': 'timeout',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': 'timeout',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError': 'limit',
  'Neo.TransientError.General.TransactionMemoryLimit': 'limit',
};

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

function position(message: string): SourcePosition | undefined {
  const m = POSITION.exec(message);
  if (!m) return undefined;
  return { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) };
}

/** A CypherError for what the query did wrong, or the error unchanged when it is the store's. */
export function fromNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  // Neo4j reports a type mismatch it finds before running under its SyntaxError code.
  const mismatch = error.message.startsWith('Type mismatch');
  const code = mismatch ? 'type' : BY_CODE[error.code];
  if (!code) return error;
  if (code === 'timeout') {
    return timeoutError(timeoutMs);
  }
  return new CypherError(code, error.message, position(error.message));
}
