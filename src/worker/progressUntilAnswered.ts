import * as Comlink from 'comlink';

type Progress = (fractionDone: number) => void;

/**
 * Runs a remote call with a progress callback that goes quiet once the call has answered.
 * Progress travels on the Comlink proxy's own port, so a report can arrive after the answer;
 * delivered then, it would put a finished view back to "busy".
 */
export async function progressUntilAnswered<T>(
  onProgress: Progress | undefined,
  call: (progress: Progress | undefined) => Promise<T>,
): Promise<T> {
  if (!onProgress) return call(undefined);
  let answered = false;
  try {
    return await call(
      Comlink.proxy((fractionDone: number) => {
        if (!answered) onProgress(fractionDone);
      }),
    );
  } finally {
    answered = true;
  }
}
