import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devPolicy, withPolicy } from '../../server/csp.mjs';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('the content security policy', () => {
  it('allows scripts from the app itself only, in production', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('widens dev scripts by the hash of each inline script and nothing else', () => {
    const preamble = 'import { injectIntoGlobalHook } from "/@react-refresh"; injectIntoGlobalHook(window);';
    const html = `<html><head><script type="module">${preamble}</script><script type="module" src="/@vite/client"></script></head></html>`;
    const policy = devPolicy(html, sha256);
    expect(policy).toContain(`script-src 'self' 'sha256-${sha256(preamble)}';`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('puts the policy right after the charset, before any script', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`;
    expect(withPolicy('<html><head><meta charset="UTF-8" /><script src="/a.js"></script></head></html>', "default-src 'self'")).toBe(
      `<html><head><meta charset="UTF-8" />\n    ${meta}<script src="/a.js"></script></head></html>`,
    );
    expect(withPolicy('<html><head><title>x</title></head></html>', "default-src 'self'")).toBe(`<html><head>\n    ${meta}<title>x</title></head></html>`);
  });
});
