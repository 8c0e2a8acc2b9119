// A real SMTP server on a free local port, for delivery tests: it can refuse every message with a
// temporary error (a mail server that is down) and records the raw messages it accepts.
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/** `receivedAt`: Date.now() when the server accepted the message (end of DATA). */
export type ReceivedMessage = { raw: string; messageId: string | null; to: string[]; receivedAt: number };

export async function startSmtpServer(options: { accept?: boolean; delayMs?: number } = {}) {
  const state = { accept: options.accept ?? true, refused: 0, received: [] as ReceivedMessage[] };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (state.accept) return callback();
      state.refused++;
      callback(Object.assign(new Error('Service temporairement indisponible'), { responseCode: 451 }));
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const done = () => {
          state.received.push({
            receivedAt: Date.now(),
            raw,
            messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? null,
            to: session.envelope.rcptTo.map((r) => r.address),
          });
          callback();
        };
        if (options.delayMs) setTimeout(done, options.delayMs);
        else done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    state,
    /** How many accepted messages carried this Message-ID. */
    count: (messageId: string) => state.received.filter((m) => m.messageId === messageId).length,
    /** The first accepted message that matches, waiting for it up to `timeoutMs`. */
    waitFor: async (match: (m: ReceivedMessage) => boolean, timeoutMs = 5000): Promise<ReceivedMessage> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = state.received.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no such message within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
