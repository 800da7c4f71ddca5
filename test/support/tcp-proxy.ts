import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the test database that a test can cut: `down()` drops every open
 * connection and refuses new ones, as a database server that died would look to the driver.
 */
export class TcpProxy {
  readonly #sockets = new Set<Socket>();
  #down = false;

  private constructor(
    private readonly server: Server,
    /** The proxy's port on 127.0.0.1. */
    readonly port: number,
  ) {}

  /** A proxy to the host:port of a mongodb:// URI. */
  static async to(uri: string): Promise<TcpProxy> {
    const target = new URL(uri.replace(/^mongodb:/, 'http:'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new TcpProxy(server, (server.address() as { port: number }).port);
    server.on('connection', (client) => proxy.#accept(client, target.hostname, Number(target.port || 27017)));
    return proxy;
  }

  /** The URI with its host:port replaced by the proxy's. */
  rewrite(uri: string): string {
    return uri.replace(/^mongodb:\/\/([^/@]*@)?[^/]+/, (_m, auth: string | undefined) => `mongodb://${auth ?? ''}127.0.0.1:${this.port}`);
  }

  /** The database becomes unreachable: open connections are dropped, new ones refused. */
  down(): void {
    this.#down = true;
    for (const s of this.#sockets) s.destroy();
    this.#sockets.clear();
  }

  /** The database is reachable again. */
  up(): void {
    this.#down = false;
  }

  async close(): Promise<void> {
    this.down();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  #accept(client: Socket, host: string, port: number): void {
    if (this.#down) {
      client.destroy();
      return;
    }
    const upstream = connect(port, host);
    for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
      this.#sockets.add(a);
      a.pipe(b);
      a.on('error', () => b.destroy());
      a.on('close', () => {
        this.#sockets.delete(a);
        b.destroy();
      });
    }
  }
}
