/**
 * A flow network with integer capacities and non-negative integer costs. Edge e and e ^ 1 are an edge
 * and its residual twin.
 */
export class FlowNetwork {
  readonly nodeCount: number
  head: Int32Array
  to: Int32Array
  next: Int32Array
  cap: Int32Array
  cost: Int32Array
  edgeCount = 0

  constructor(nodeCount: number, edgeHint = 16) {
    this.nodeCount = nodeCount
    this.head = new Int32Array(nodeCount).fill(-1)
    const size = Math.max(2, 2 * edgeHint)
    this.to = new Int32Array(size)
    this.next = new Int32Array(size)
    this.cap = new Int32Array(size)
    this.cost = new Int32Array(size)
  }

  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (this.edgeCount + 2 > this.to.length) this.grow()
    const e = this.edgeCount
    this.link(e, from, to, capacity, cost)
    this.link(e + 1, to, from, 0, -cost)
    this.edgeCount += 2
    return e
  }

  /** Flow on edge e (as returned by addEdge). */
  flow(e: number): number {
    return this.cap[e + 1]
  }

  private link(e: number, from: number, to: number, capacity: number, cost: number): void {
    this.to[e] = to
    this.cap[e] = capacity
    this.cost[e] = cost
    this.next[e] = this.head[from]
    this.head[from] = e
  }

  private grow(): void {
    const size = this.to.length * 2
    for (const key of ['to', 'next', 'cap', 'cost'] as const) {
      const bigger = new Int32Array(size)
      bigger.set(this[key])
      this[key] = bigger
    }
  }
}
