/** What `run` throws (or rejects with); fails the test when it completes normally. */
export async function thrownBy(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('Expected a failure, but the call completed.');
}
