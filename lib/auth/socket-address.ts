import http from "node:http";

let installed = false;

/**
 * Next.js keeps an incoming X-Forwarded-For as it is and only fills it in when it is missing, so
 * without this anyone could choose the address the throttles count. Installed once at start (see
 * instrumentation.ts), it appends the socket's address to every request's X-Forwarded-For, as a
 * reverse proxy does; clientAddress() then reads from the right.
 */
export function appendSocketAddresses(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const peer = request.socket?.remoteAddress;
      if (peer) {
        const prior = request.headers["x-forwarded-for"];
        request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  };
}
