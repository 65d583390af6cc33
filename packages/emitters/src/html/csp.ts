// A strict Content-Security-Policy for the standalone form: nothing loads from
// anywhere; the one script and the one style element run by hash; the only network
// access is the POST to the submit URL, when there is one.
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(script: string, style: string, submitUrl?: string, images = false): string {
  const connect = submitUrl ? new URL(submitUrl).origin : "'none'";
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    // Option images and a restored signature are data: URLs embedded in the page, never fetched.
    ...(images ? ['img-src data:'] : []),
    `connect-src ${connect}`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}
