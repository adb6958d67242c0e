// Build-time configuration baked into Code.js by addon/build.mjs (from addon/config/*.json):
// the worker origin is the manifest's urlFetchWhitelist and the only origin sync may call.

declare const __ART30_WORKER_ORIGIN__: string | undefined;

/**
 * The origin of the organisation's worker, ending in "/". Outside the bundle (unit tests that
 * import add-on modules) it is an origin that cannot resolve (.invalid, RFC 6761).
 */
export const WORKER_ORIGIN: string =
  typeof __ART30_WORKER_ORIGIN__ === 'string' ? __ART30_WORKER_ORIGIN__ : 'https://unbuilt.invalid/';

/** True when a URL lies under the configured worker origin (the settings sidebar accepts no other). */
export function isUnderWorkerOrigin(url: string): boolean {
  return typeof url === 'string' && url.startsWith(WORKER_ORIGIN);
}
