const QUOTE = 0x22
const BACKSLASH = 0x5c
const ZERO = 0x30
const NINE = 0x39
const ENCODER = new TextEncoder()

/**
 * Texts as JSON strings (quotes and escapes included), their UTF-8 bytes one after another: text k is
 * bytes[end[k - 1] ..< end[k]] (from 0 for k = 0). A national result names half a million participants
 * twice or more: a writer copies each id's bytes instead of checking it a character at a time, and
 * another thread is sent two typed arrays instead of a structured clone of half a million strings
 * (which took it 0.4 s to receive).
 */
export interface JsonTexts {
  bytes: Uint8Array
  end: Int32Array
}

/** The texts as JsonTexts, each as JSON.stringify writes it; in shared memory when `shared`. */
export function jsonTexts(texts: readonly string[], shared = false): JsonTexts {
  // Printable ASCII without quotes or backslashes is written as it is; any other text is encoded here.
  const encoded = new Map<number, Uint8Array>()
  let size = 0
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k]
    if (isPlain(text)) size += text.length + 2
    else {
      const bytes = ENCODER.encode(JSON.stringify(text))
      encoded.set(k, bytes)
      size += bytes.length
    }
  }
  const room = (length: number): ArrayBufferLike => (shared ? new SharedArrayBuffer(length) : new ArrayBuffer(length))
  const bytes = new Uint8Array(room(size))
  const end = new Int32Array(room(4 * texts.length))
  let at = 0
  for (let k = 0; k < texts.length; k++) {
    const special = encoded.get(k)
    if (special) {
      bytes.set(special, at)
      at += special.length
    } else {
      const text = texts[k]
      bytes[at++] = QUOTE
      for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i)
      bytes[at++] = QUOTE
    }
    end[k] = at
  }
  return { bytes, end }
}

function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch < 0x20 || ch > 0x7e || ch === QUOTE || ch === BACKSLASH) return false
  }
  return true
}

/** Where text k's bytes start. */
export function textStart(texts: JsonTexts, k: number): number {
  return k === 0 ? 0 : texts.end[k - 1]
}

/**
 * The value of text k when it is an array index ("0", "17": up to 2 ** 32 - 2, without leading zeros),
 * which an object's keys list first; -1 for any other text.
 */
export function arrayIndexOf(texts: JsonTexts, k: number): number {
  const { bytes } = texts
  // The digits between the quotes; an index needs no escape, so its JSON is just that.
  const from = textStart(texts, k) + 1
  const to = texts.end[k] - 1
  const digits = to - from
  if (digits < 1 || digits > 10 || (digits > 1 && bytes[from] === ZERO)) return -1
  let value = 0
  for (let i = from; i < to; i++) {
    if (bytes[i] < ZERO || bytes[i] > NINE) return -1
    value = 10 * value + bytes[i] - ZERO
  }
  return value <= MAX_ARRAY_INDEX ? value : -1
}

const MAX_ARRAY_INDEX = 2 ** 32 - 2
