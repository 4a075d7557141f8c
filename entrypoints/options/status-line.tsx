/** A section's outcome line: announced politely, an error as an alert (with a word, not only a colour). */
export function StatusLine({ status, testId }: { status?: { kind: 'ok' | 'error'; text: string } | undefined; testId: string }) {
  if (!status) return <p class="status" role="status" data-testid={testId} />;
  return status.kind === 'error' ? (
    <p class="status error" role="alert" data-testid={testId}>
      {status.text}
    </p>
  ) : (
    <p class="status ok" role="status" data-testid={testId}>
      {status.text}
    </p>
  );
}

export type Status = { kind: 'ok' | 'error'; text: string } | undefined;
