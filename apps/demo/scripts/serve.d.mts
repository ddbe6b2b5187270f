import type { Server } from 'node:http';

export const CONTENT_SECURITY_POLICY: string;
export const PERMISSIONS_POLICY: string;
/** Milliseconds: `server.headersTimeout`, `server.requestTimeout`, `server.keepAliveTimeout`. */
export const DEFAULT_TIMEOUTS: Readonly<{ headers: number; request: number; keepAlive: number }>;
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  /** In milliseconds; `headers` must not exceed `request`. By default {@link DEFAULT_TIMEOUTS}. */
  timeouts?: Partial<{ headers: number; request: number; keepAlive: number }>;
}): Promise<{
  url: string;
  server: Server;
  close: () => Promise<void>;
}>;
