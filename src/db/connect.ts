import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';

/** What we learned about the server, for the start-up log line. */
export interface ServerInfo {
  /** "MongoDB 7.0.12" or "FerretDB 1.24.2 (MongoDB 7.0.77 compatible)". */
  description: string;
  ferret: boolean;
}

/** Opens a connection and says which server it reached (never the credentials). */
export async function connectDatabase(uri: string, log: Logger): Promise<{ conn: Connection; server: ServerInfo }> {
  const conn = await mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 15_000, autoIndex: false, maxPoolSize: 20 })
    .asPromise();
  const info = (await conn.db!.admin().command({ buildInfo: 1 })) as {
    version?: string;
    ferretdbVersion?: string;
  };
  const server: ServerInfo = info.ferretdbVersion
    ? { description: `FerretDB ${info.ferretdbVersion.replace(/^v/, '')} (MongoDB ${info.version} compatible)`, ferret: true }
    : { description: `MongoDB ${info.version ?? '?'}`, ferret: false };
  log.info({ server: server.description, database: conn.name, host: redactUri(uri) }, 'database connected');
  return { conn, server };
}

/** The URI with any password removed, safe for logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
