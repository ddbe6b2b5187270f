export const CONTENT_SECURITY_POLICY: string;
export function startServer(options?: { root?: string; port?: number; host?: string }): Promise<{
  url: string;
  close: () => Promise<void>;
}>;
