import { mobileNumber } from '../../modules/people/user/mobileNumber.js'
import { PermanentFailure, type MessageChannel } from './MessageChannel.js'

export interface SmsOptions {
  /** The notification service's API root, e.g. https://notification-service.example.fi/v1 (MUKANA_SMS_URL). */
  url: string
  /** Its API token (MUKANA_SMS_TOKEN). */
  token: string
  /** The sender name shown on the phone (MUKANA_SMS_SENDER), e.g. "Hel.fi". */
  sender: string
}

/**
 * Text messages through the City of Helsinki's notification service: POST <url>/message/send with
 * `Authorization: Token …` and `{ sender, to: [{ destination, format: "MOBILE" }], text }`. It has no
 * idempotency key, so the sender never retries a text message whose outcome it does not know.
 */
export function smsChannel(options: SmsOptions): MessageChannel {
  return {
    name: 'notification-service',
    async send(message, rendered) {
      const destination = mobileNumber(message.address)
      if (!destination) throw new PermanentFailure(`${message.address} is not a mobile number`)
      const response = await fetch(`${options.url.replace(/\/$/, '')}/message/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Token ${options.token}` },
        body: JSON.stringify({ sender: options.sender, to: [{ destination, format: 'MOBILE' }], text: rendered.sms }),
        signal: AbortSignal.timeout(15_000),
      })
      if (!response.ok) {
        const reason = `the notification service answered ${response.status}: ${(await response.text()).slice(0, 200)}`
        // A refusal of the request itself will not change on a retry; the service's own trouble may.
        throw response.status >= 400 && response.status < 500 && response.status !== 429 ? new PermanentFailure(reason) : new Error(reason)
      }
    },
  }
}
