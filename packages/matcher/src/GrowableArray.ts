/**
 * A typed array that grows as items are pushed, for reading instances whose size is not known up front
 * (a national file read a line at a time). `view()` is the filled part, without a copy.
 */
export class GrowableInt32 {
  private data: Int32Array
  length = 0

  /** `shared`: kept in a SharedArrayBuffer, which another thread is sent without a copy. */
  constructor(
    capacity = 1024,
    private readonly shared = false,
  ) {
    this.data = this.allocate(capacity)
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow()
    this.data[this.length++] = value
  }

  get(index: number): number {
    return this.data[index]
  }

  set(index: number, value: number): void {
    this.data[index] = value
  }

  /** Pushes each of `values`, or for each value v, `to[v]` when given (v < 0 is pushed as it is). */
  append(values: Int32Array, to?: Int32Array): void {
    while (this.length + values.length > this.data.length) this.grow()
    const { data } = this
    if (to) for (let i = 0; i < values.length; i++) data[this.length + i] = values[i] < 0 ? values[i] : to[values[i]]
    else data.set(values, this.length)
    this.length += values.length
  }

  /** Forgets what was pushed after the first `length` items (a line read half-way is taken back). */
  truncate(length: number): void {
    this.length = length
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length)
  }

  private allocate(length: number): Int32Array {
    return new Int32Array(this.shared ? new SharedArrayBuffer(4 * length) : new ArrayBuffer(4 * length))
  }

  private grow(): void {
    const bigger = this.allocate(2 * this.data.length)
    bigger.set(this.data)
    this.data = bigger
  }
}

/**
 * `bytes` when `needed` bytes fit in it, else a longer copy (twice as long, or as needed) of its first
 * `used` bytes: the growth of a byte array that texts are appended to.
 */
export function bytesWithRoom(bytes: Uint8Array<ArrayBuffer>, used: number, needed: number): Uint8Array<ArrayBuffer> {
  if (needed <= bytes.length) return bytes
  const bigger = new Uint8Array(Math.max(2 * bytes.length, needed, 4096))
  bigger.set(bytes.subarray(0, used))
  return bigger
}
