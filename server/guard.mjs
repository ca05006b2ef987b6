/**
 * Limits per WebSocket connection. ws itself closes a connection whose frame exceeds
 * `maxPayload` (close code 1009); this adds a message-rate limit, so one client that floods
 * the server is cut off and the room carries on for everyone else.
 */
export const MAX_MESSAGE_BYTES = 512 * 1024;
const WINDOW_MS = 1000;
const MAX_MESSAGES_PER_WINDOW = 400;

export function guardConnection(socket, log = () => {}) {
  let windowStart = Date.now();
  let count = 0;
  socket.on('message', () => {
    const now = Date.now();
    if (now - windowStart > WINDOW_MS) {
      windowStart = now;
      count = 0;
    }
    if (++count > MAX_MESSAGES_PER_WINDOW) {
      log('a client sent too many messages; disconnected it');
      socket.terminate();
    }
  });
}
