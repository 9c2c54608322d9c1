/**
 * Test vocabulary: a real SMTP server on a free port that keeps what it receives, parsed, like a
 * mailbox. It counts every SMTP delivery and, as mail systems do, files a message once per Message-ID.
 */
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface Mailbox {
  url: string
  /** Every message received, in order (a second copy of a Message-ID included). */
  received: ParsedMail[]
  /** One per Message-ID: what a person would see in their inbox. */
  inbox(): ParsedMail[]
  /** The messages to this address, newest last. */
  to(address: string): ParsedMail[]
  /** Refuse recipients at this address with a permanent error (550). */
  refuse(address: string): void
  /** Waits until `count` messages have been received. */
  waitFor(count: number, timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

export async function startMailbox(): Promise<Mailbox> {
  const received: ParsedMail[] = []
  const refused = new Set<string>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Closing does not wait for senders' idle pooled connections.
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) return callback(Object.assign(new Error(`no mailbox ${address.address}`), { responseCode: 550 }))
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    inbox: () => [...new Map(received.map((mail) => [mail.messageId, mail])).values()],
    to: (address) => received.filter((mail) => addressOf(mail) === address),
    refuse: (address) => void refused.add(address),
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`the mailbox has ${received.length} messages, not ${count}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
