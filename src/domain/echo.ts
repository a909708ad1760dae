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
