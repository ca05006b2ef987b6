// The page's Content-Security-Policy, one definition for the production build's own <meta>, the
// preview server's header and the live server's header. Scripts come only from the app's origin;
// images may be data: and blob: URLs (the matrix image export); sync speaks WebSocket.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The policy for `npm start`: the production one, with script-src widened by the hash of each
 * inline script the dev page carries (React Fast Refresh's preamble), and nothing else.
 */
export function devPolicy(html, sha256) {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${sha256(body ?? '')}'`);
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(' '));
}

/** The page with the policy early in its head: after the charset, before any script. */
export const withPolicy = (html, policy) => {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta charset="[^"]*" \/>/i;
  return charset.test(html) ? html.replace(charset, (found) => `${found}\n    ${meta}`) : html.replace(/<head>/, `<head>\n    ${meta}`);
};
