import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'

/**
 * A number that can take text messages, in E.164 (+358…), or null. The mobile metadata validates only
 * mobile numbers (a Finnish landline or "12345" is not valid under it).
 */
export function mobileNumber(phone: string): string | null {
  const parsed = parsePhoneNumberFromString(phone, 'FI')
  return parsed?.isValid() ? parsed.number : null
}
