import { readFileSync } from 'node:fs'
import { inLanguage } from '../graphql/translations.js'
import { formatMoment, formatSessions } from './formatMoment.js'
import { LANGUAGES, MESSAGE_KINDS, OPTIONAL_KINDS, type Language, type Message, type MessageKind } from './message.entity.js'

/** Params that are moments (ISO strings), written as "ke 3.12. klo 16.00". */
const MOMENTS = ['deadline', 'startsAt', 'closesAt', 'expiresAt']

const UNSUBSCRIBE: Record<Language, string> = {
  fi: 'Et halua näitä muistutuksia? Lopeta ne tästä: {unsubscribe}',
  sv: 'Vill du inte få de här påminnelserna? Avsluta dem här: {unsubscribe}',
  en: "Don't want these reminders? Stop them here: {unsubscribe}",
}

export interface Template {
  subject: string
  sms: string
  body: string
}

export interface RenderedMessage {
  subject: string
  text: string
  html: string
  /** The short text for SMS. */
  sms: string
  /** For optional reminders: the recipient's link to stop them. */
  unsubscribeUrl?: string
}

/** Reads templates/<kind>.<language>.txt: `subject:` and `sms:` lines, a blank line, then the body. */
function readTemplate(kind: MessageKind, language: Language): Template {
  const source = readFileSync(new URL(`./templates/${kind}.${language}.txt`, import.meta.url), 'utf8').replace(/\r\n/g, '\n')
  const [head, ...rest] = source.split('\n\n')
  const fields = Object.fromEntries(
    head.split('\n').map((line) => {
      const at = line.indexOf(':')
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
    }),
  )
  if (!fields.subject || !fields.sms) throw new Error(`templates/${kind}.${language}.txt needs a subject: and an sms: line`)
  return { subject: fields.subject, sms: fields.sms, body: rest.join('\n\n').trim() }
}

/** Every template, read once at start: a missing one stops the start, not a message. */
export const TEMPLATES = Object.fromEntries(
  MESSAGE_KINDS.map((kind) => [kind, Object.fromEntries(LANGUAGES.map((language) => [language, readTemplate(kind, language)]))]),
) as Record<MessageKind, Record<Language, Template>>

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Plain text to simple HTML: paragraphs, line breaks, and addresses as links. */
function toHtml(text: string, language: Language): string {
  const paragraphs = text.split('\n\n').map((paragraph) => {
    const escaped = escapeHtml(paragraph).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
    return `<p>${escaped.replace(/\n/g, '<br>')}</p>`
  })
  return `<!doctype html><html lang="${language}"><body style="font-family: Arial, sans-serif; line-height: 1.5">${paragraphs.join('\n')}</body></html>`
}

export interface RenderOptions {
  /** The app's address, e.g. https://mukana.hel.fi: links in messages start with it. */
  publicUrl: string
  /** The recipient's link to stop optional reminders (optional kinds only). */
  unsubscribeUrl?: string
}

/**
 * A message in its recipient's language: each `{name}` filled from the message's params. Moments are
 * written in the language's convention and `{link}` becomes an address in the app. A placeholder
 * without a value is an error, so a template and its callers cannot drift apart unnoticed.
 */
export function renderMessage(message: Pick<Message, 'kind' | 'language' | 'params'>, options: RenderOptions): RenderedMessage {
  const { kind, language, params } = message
  const template = TEMPLATES[kind][language]
  const values: Record<string, string> = {}
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) values[name] = formatSessions(value, language)
    else if (typeof value === 'object') values[name] = inLanguage(value, language)
    else if (MOMENTS.includes(name)) values[name] = formatMoment(new Date(String(value)), language)
    else values[name] = String(value)
  }
  values.when ??= values.sessions ?? values.startsAt
  values.link = `${options.publicUrl.replace(/\/$/, '')}${String(params.link ?? '/')}`
  if (options.unsubscribeUrl) values.unsubscribe = options.unsubscribeUrl
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (values[name] === undefined) throw new Error(`message ${kind}.${language}: no value for {${name}}`)
      return values[name]
    })
  const optional = OPTIONAL_KINDS.includes(kind) && options.unsubscribeUrl
  const text = fill(optional ? `${template.body}\n\n${UNSUBSCRIBE[language]}` : template.body)
  return {
    subject: fill(template.subject),
    text,
    html: toHtml(text, language),
    sms: fill(template.sms),
    unsubscribeUrl: optional ? options.unsubscribeUrl : undefined,
  }
}
