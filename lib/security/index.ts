export { pageCsp, API_CSP, makeNonce } from './csp';
export { applySecurityHeaders } from './headers';
export { parseAuthList, checkBasicAuth, AUTH_REALM } from './basic-auth';
export { isAllowedHost, hostName, isLoopbackName } from './host';
export { isSameOrigin } from './origin';

/** Largest request body any route accepts, bytes; routes may set lower limits (parseJsonBody: 64 KiB). */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
