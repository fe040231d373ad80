import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailableError } from './unavailable';

// Shapes as Prisma 7 + adapter-pg threw them when tests/integration/db-outage.test.ts stopped a real server.
const prisma = (code: string, cause?: Record<string, unknown>) =>
  Object.assign(new Error('Invalid `db.user.count()` invocation'), {
    name: 'PrismaClientKnownRequestError', code,
    meta: cause ? { driverAdapterError: Object.assign(new Error(String(cause.kind)), { name: 'DriverAdapterError', cause }) } : {},
  });

describe('isDatabaseUnavailableError', () => {
  it.each([
    ['server not reachable', prisma('P1001', { kind: 'DatabaseNotReachable' })],
    ['server closed the connection', prisma('P1017', { kind: 'ConnectionClosed' })],
    ['raw query on a terminated connection', prisma('P2010', { kind: 'postgres', originalCode: '57P01' })],
    ['shutting down / starting up', prisma('P2039', { kind: 'postgres', originalCode: '57P03' })],
    ['raw query while unreachable', prisma('P2010', { kind: 'DatabaseNotReachable' })],
    ['pool timeout', prisma('P2024')],
    ['node-postgres lost connection', new Error('Connection terminated unexpectedly')],
    ['node-postgres broken client', new Error('Client has encountered a connection error and is not queryable')],
    ['node-postgres connect timeout', new Error('timeout expired')],
    ['refused (both address families)', Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' })],
    ['pg admin shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' })],
    ['connection exception class', Object.assign(new Error('x'), { code: '08006' })],
  ])('recognizes %s', (_name, err) => {
    expect(isDatabaseUnavailableError(err)).toBe(true);
  });

  it.each([
    ['a unique violation', prisma('P2002', { kind: 'UniqueConstraintViolation' })],
    ['a bad raw query', prisma('P2010', { kind: 'postgres', originalCode: '42P01' })],
    ['a record not found', prisma('P2025')],
    ['an ordinary error', new Error('boom')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', null],
  ])('leaves %s alone', (_name, err) => {
    expect(isDatabaseUnavailableError(err)).toBe(false);
  });
});
