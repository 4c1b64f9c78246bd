// TCP_NODELAY for the Bolt sockets. neo4j-driver (5.28) writes a message in 1,400-byte chunks and never
// disables Nagle's algorithm, so any query whose text and parameters exceed one chunk (a loader batch of a
// hundred keys, a Cypher file with its comments) leaves its last chunk waiting for the server's delayed ACK:
// +40 ms on Linux, measured on cypher/read/partnerships.cypher (50 ms → 10 ms median). The driver has no
// socket option, so its `net.connect` / `tls.connect` calls are wrapped once, here, to set no-delay on every
// socket they open. This process opens no other client sockets for which delaying small writes would help.
// Without Nagle every chunk would be a syscall and a packet of its own (a query of 4 kB: 4 writes, then PULL);
// so the writes of one tick are corked and leave together in one writev when the tick ends: Nagle's batching
// without its wait (it was 11 % of the API server's CPU under load, `npm run bench:profile`).
import net from 'node:net';
import tls from 'node:tls';

let applied = false;

export function disableNagleOnClientSockets(): void {
  if (applied) return;
  applied = true;
  const netConnect = net.connect;
  const tlsConnect = tls.connect;
  (net as { connect: unknown }).connect = function (this: unknown, ...args: Parameters<typeof net.connect>) {
    return coalesceWrites(netConnect.apply(this, args).setNoDelay(true));
  };
  (tls as { connect: unknown }).connect = function (this: unknown, ...args: Parameters<typeof tls.connect>) {
    return coalesceWrites(tlsConnect.apply(this, args).setNoDelay(true));
  };
}

/** The first write of a tick corks the socket; the end of the tick uncorks it, flushing them all at once. */
function coalesceWrites<S extends net.Socket>(socket: S): S {
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: S, ...args: Parameters<S['write']>) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write.apply(this, args as never);
  } as S['write'];
  return socket;
}
