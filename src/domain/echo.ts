// Echoing what a client sent: error messages quote names and values, cut to a short prefix so a
// 10 KB parameter never comes back (or into a log line) in full.

/** Longest echoed value, in characters. */
export const ECHO_MAX = 64;

/** `value` as is when short, else its first ECHO_MAX characters, an ellipsis and its length. */
export function clip(value: string, max = ECHO_MAX): string {
  if (value.length <= max) return value;
  // Never cut a surrogate pair in half: the message must stay valid UTF-16.
  let end = max;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}… (${value.length} characters)`;
}

/**
 * Why `text` is not JSON, in words fit for a terminal or a log: a binary file is called one
 * rather than having its bytes echoed, and JSON.parse's quote of the text is cut and escaped.
 */
export function jsonProblem(text: string, err: unknown): string {
  // NUL, or bytes that were not UTF-8 (decoded as U+FFFD), mean this is not a text file.
  // eslint-disable-next-line no-control-regex -- NUL is what marks binary data
  if (/[\u0000\ufffd]/.test(text.slice(0, 4096))) return 'it holds binary data, not JSON text';
  const message = err instanceof Error ? err.message : String(err);
  const printable = message.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what must not pass
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return clip(printable, 160);
}

/** `text` without a leading byte-order mark, which some editors write and JSON.parse refuses. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
