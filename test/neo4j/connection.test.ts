// Reaching the server: retries with growing pauses, clear errors naming the URI (never the
// password), and a refused connection turned into StoreUnavailableError, with a real driver
// pointed at a port nothing listens on.
import neo4j, { isRetryableError, Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError, ValidationError } from '../../src/domain/errors.js';
import { withRetries } from '../../src/store/neo4j/connect.js';
import type { Cypher } from '../../src/store/neo4j/cypher-files.js';
import { safeUri, toStoreError } from '../../src/store/neo4j/errors.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { Transactions } from '../../src/store/neo4j/transactions.js';

const NOWHERE = 'bolt://127.0.0.1:1';
const PASSWORD = 'pw-not-to-be-shown';
const cfg = { uri: 'bolt://db.example:7687', user: 'neo4j' };
const unavailable = () => new Neo4jError('connection refused', 'ServiceUnavailable', '', '');
const unauthorized = () =>
  new Neo4jError('bad credentials', 'Neo.ClientError.Security.Unauthorized', '', '');

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.fail('expected a failure'),
    (error: Error) => error,
  );
}

describe('withRetries', () => {
  it('tries again after growing pauses until the server answers', async () => {
    const pauses: number[] = [];
    let calls = 0;
    await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw unavailable();
      },
      { attempts: 5, firstDelayMs: 100 },
      cfg,
      async (ms) => void pauses.push(ms),
    );
    expect(calls).toBe(3);
    expect(pauses).toEqual([100, 200]);
  });

  /** Runs withRetries on an attempt that always throws `thrown`; how often it ran, and the error. */
  async function alwaysFailing(thrown: Error, attempts: number, extra: { database?: string } = {}) {
    let calls = 0;
    const error = await failure(
      withRetries(
        async () => {
          calls++;
          throw thrown;
        },
        { attempts, firstDelayMs: 1 },
        { ...cfg, ...extra },
        async () => {},
      ),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.cause).toBe(thrown);
    return { calls, message: error.message };
  }

  it('gives up after the last attempt, naming the URI and the reason', async () => {
    expect(await alwaysFailing(unavailable(), 3)).toEqual({
      calls: 3,
      message:
        'cannot reach Neo4j at bolt://db.example:7687 after 3 attempt(s): connection refused',
    });
  });

  it('does not retry refused credentials', async () => {
    const { calls, message } = await alwaysFailing(unauthorized(), 5);
    expect(calls).toBe(1);
    expect(message).toMatch(/refused the credentials of user "neo4j"/);
  });

  it('does not retry a missing database, and says which variable names it', async () => {
    const missing = new Neo4jError(
      'Graph not found: graphs',
      'Neo.ClientError.Database.DatabaseNotFound',
      '',
      '',
    );
    const { calls, message } = await alwaysFailing(missing, 5, { database: 'graphs' });
    expect(calls).toBe(1);
    expect(message).toMatch(
      /^Neo4j at bolt:\/\/db\.example:7687 has no database "graphs" \(check NEO4J_DATABASE;/,
    );
  });

  it('does not retry an error no wait can cure', async () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '', '');
    expect(await alwaysFailing(syntax, 5)).toEqual({
      calls: 1,
      message: 'Neo4j at bolt://db.example:7687 cannot be used: Invalid input',
    });
  });
});

describe('errors', () => {
  it('turns a lost connection into StoreUnavailableError, keeping the cause', () => {
    const cause = unavailable();
    const error = toStoreError(cause, 'bolt://reader:secret@db:7687') as Error;
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe('Neo4j at bolt://db:7687 is unavailable: connection refused');
    expect(error.cause).toBe(cause);
  });

  it('leaves other errors as they are', () => {
    const syntax = new Neo4jError('bad query', 'Neo.ClientError.Statement.SyntaxError', '', '');
    const invalid = new ValidationError([{ path: 'to', message: 'unknown actor' }]);
    expect(toStoreError(syntax, NOWHERE)).toBe(syntax);
    expect(toStoreError(invalid, NOWHERE)).toBe(invalid);
  });

  it('turns a transaction past the memory limit into an error the driver does not retry', async () => {
    const limit = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 2.8 GiB.',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '',
      '',
    );
    expect(isRetryableError(limit)).toBe(true);
    // A session whose transaction fails as Neo4j's does: the work sees the driver's error.
    const session = {
      executeWrite: (work: (tx: unknown) => Promise<unknown>) =>
        work({ run: () => Promise.reject(limit) }),
      close: async () => {},
    };
    const driver = { session: () => session } as unknown as Driver;
    const tx = new Transactions(driver, 'bolt://u:secret@db:7687', undefined);
    const error = await failure(tx.write((run) => run('CREATE (:Big)' as Cypher)));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.cause).toBe(limit);
    expect(isRetryableError(error)).toBe(false);
    expect(error.message).toMatch(
      /^Neo4j at bolt:\/\/db:7687 refused the transaction: it needs more memory than the server allows \(Neo\.TransientError\.General\.MemoryPoolOutOfMemoryError: .*\)\. It was rolled back, so nothing of it was written\. Give the server a larger heap \(NEO4J_HEAP/,
    );
    expect(error.message).not.toContain('is unavailable');
  });

  it('keeps credentials in a URI out of messages', () => {
    expect(safeUri('neo4j+s://user:pw@db.example:7687/x')).toBe('neo4j+s://db.example:7687/x');
    expect(safeUri(NOWHERE)).toBe(NOWHERE);
  });
});

describe('with no server listening', () => {
  it('openNeo4jStore fails with the URI and without the password', async () => {
    const error = await failure(
      openNeo4jStore(
        { uri: NOWHERE, user: 'neo4j', password: PASSWORD },
        {
          attempts: 2,
          firstDelayMs: 1,
        },
      ),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain(`cannot reach Neo4j at ${NOWHERE} after 2 attempt(s)`);
    expect(error.message).not.toContain(PASSWORD);
  });

  it('a read fails with StoreUnavailableError', async () => {
    const driver = neo4j.driver(NOWHERE, neo4j.auth.basic('neo4j', PASSWORD), {
      maxTransactionRetryTime: 0,
    });
    try {
      const tx = new Transactions(driver, NOWHERE, undefined);
      const error = await failure(tx.read((run) => run('RETURN 1 AS ok' as Cypher)));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(error.message).toContain(`Neo4j at ${NOWHERE} is unavailable`);
    } finally {
      await driver.close();
    }
  });
});
