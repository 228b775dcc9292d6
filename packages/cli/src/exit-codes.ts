/** The exit codes, documented in --help. */
export const EXIT = { ok: 0, operationFailed: 1, usage: 2, serviceError: 3, timedOut: 4 } as const;
