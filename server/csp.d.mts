export declare const CONTENT_SECURITY_POLICY: string;
/** `sha256` returns the base64 SHA-256 digest of a script's text. */
export declare function devPolicy(html: string, sha256: (text: string) => string): string;
export declare function withPolicy(html: string, policy: string): string;
