import type { Server } from "node:http";

export interface StaticServer {
  server: Server;
  /** e.g. "http://127.0.0.1:41234/" */
  url: string;
  close(): Promise<void>;
}

export function serveStatic(options: {
  root: string;
  port?: number;
  host?: string;
  defaultPage?: string;
}): Promise<StaticServer>;
