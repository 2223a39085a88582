// Calls to the participation interface (docs/participation.md). A call never throws: a network
// failure or a timeout answers status 0, so that callers treat "offline" like any other status.
// askedAt is when the request left: the answer shows the server as it was at that time or later.

const TimeoutMs = 8000;

export async function call(method, path, body) {
  const askedAt = Date.now();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TimeoutMs);
  try {
    const response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: abort.signal,
    });
    const data = await response.json().catch(() => ({}));
    const retryAfter = Number(response.headers.get('Retry-After')) || 1;
    return { status: response.status, data, retryAfterMs: retryAfter * 1000, askedAt };
  } catch (error) {
    return { status: 0, data: {}, retryAfterMs: 2000, askedAt };
  } finally {
    clearTimeout(timer);
  }
}

// A client id as crypto.randomUUID() writes it. randomUUID() exists only in secure contexts,
// and the page is served over plain HTTP on the local network, so a random version 4 UUID is
// built from getRandomValues() (available everywhere) when it is missing.
export function newClientId() {
  if (window.isSecureContext && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-`
    + hex.slice(20);
}
