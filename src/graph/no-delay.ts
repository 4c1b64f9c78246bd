// TCP_NODELAY for the Bolt sockets. neo4j-driver (5.28) writes a message in 1,400-byte chunks and never
// disables Nagle's algorithm, so any query whose text and parameters exceed one chunk (a loader batch of a
// hundred keys, a Cypher file with its comments) leaves its last chunk waiting for the server's delayed ACK:
// +40 ms on Linux, measured on cypher/read/partnerships.cypher (50 ms → 10 ms median). The driver has no
// socket option, so its `net.connect` / `tls.connect` calls are wrapped once, here, to set no-delay on every
// socket they open. This process opens no other client sockets for which delaying small writes would help.
import net from 'node:net';
import tls from 'node:tls';

let applied = false;

export function disableNagleOnClientSockets(): void {
  if (applied) return;
  applied = true;
  const netConnect = net.connect;
  const tlsConnect = tls.connect;
  (net as { connect: unknown }).connect = function (this: unknown, ...args: Parameters<typeof net.connect>) {
    return netConnect.apply(this, args).setNoDelay(true);
  };
  (tls as { connect: unknown }).connect = function (this: unknown, ...args: Parameters<typeof tls.connect>) {
    return tlsConnect.apply(this, args).setNoDelay(true);
  };
}
