/**
 * The text of bytes[start ..< end], which are all ASCII. Short texts (the ids of a national file) are
 * made by one fromCharCode call with the bytes as arguments, several times faster than decoding.
 */
const decoder = new TextDecoder()

export function asciiText(bytes: Uint8Array, start: number, end: number): string {
  const b = bytes
  const s = start
  switch (end - start) {
    case 0:
      return ''
    case 1:
      return String.fromCharCode(b[s])
    case 2:
      return String.fromCharCode(b[s], b[s + 1])
    case 3:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2])
    case 4:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3])
    case 5:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4])
    case 6:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5])
    case 7:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6])
    case 8:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7])
    default:
      return decoder.decode(bytes.subarray(start, end))
  }
}
