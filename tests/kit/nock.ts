import nock from 'nock';

export default nock;

/** Only loopback connections leave the process: every platform API must be mocked. */
export function isolateNetwork(): void {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
}

/** Undoes nock's patches, which would otherwise outlive this test file in the same jest worker. */
export function restoreNetwork(): void {
  nock.abortPendingRequests();
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
}

/** The body of an intercepted request as text: nock parses JSON bodies and passes form bodies as strings. */
export function bodyOf(requestBody: unknown): string {
  return typeof requestBody === 'string' ? requestBody : JSON.stringify(requestBody);
}
