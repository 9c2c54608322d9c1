import type { FlowNetwork } from './FlowNetwork.js'

const INFINITE = 0x3fffffff

/**
 * Sends the most flow possible from source to sink, and among all maximum flows one of least cost.
 *
 * Primal-dual: Dijkstra on reduced costs finds the shortest augmenting distance, node potentials are
 * raised by it, and then every shortest augmenting path is used at once with Dinic-style blocking flows
 * on the edges of zero reduced cost. Costs here are small (ranks), so there are few distinct distances
 * and thus few phases, even for hundreds of thousands of participants.
 */
export function minCostMaxFlow(g: FlowNetwork, source: number, sink: number): { flow: number; cost: number } {
  const n = g.nodeCount
  const potential = new Float64Array(n)
  const distance = new Float64Array(n)
  const level = new Int32Array(n)
  const arc = new Int32Array(n)
  const queue = new Int32Array(n)
  const heap = new MinHeap(n)
  const pathEdges = new Int32Array(n)
  const pathNodes = new Int32Array(n + 1)
  let flow = 0
  let cost = 0

  const reduced = (u: number, e: number): number => g.cost[e] + potential[u] - potential[g.to[e]]

  for (;;) {
    // Shortest distances on reduced costs; stop once the sink is settled (later nodes are capped anyway).
    distance.fill(INFINITE)
    distance[source] = 0
    heap.clear()
    heap.push(source, 0)
    while (heap.size > 0) {
      const u = heap.pop()
      const du = heap.lastKey
      if (du > distance[u]) continue
      if (u === sink) break
      for (let e = g.head[u]; e >= 0; e = g.next[e]) {
        if (g.cap[e] === 0) continue
        const v = g.to[e]
        const dv = du + reduced(u, e)
        if (dv < distance[v]) {
          distance[v] = dv
          heap.push(v, dv)
        }
      }
    }
    const reach = distance[sink]
    if (reach >= INFINITE) break
    for (let v = 0; v < n; v++) potential[v] += Math.min(distance[v], reach)

    // Blocking flows on the admissible graph (residual edges of zero reduced cost).
    for (;;) {
      level.fill(-1)
      level[source] = 0
      let head = 0
      let tail = 0
      queue[tail++] = source
      while (head < tail) {
        const u = queue[head++]
        for (let e = g.head[u]; e >= 0; e = g.next[e]) {
          const v = g.to[e]
          if (g.cap[e] > 0 && level[v] < 0 && reduced(u, e) === 0) {
            level[v] = level[u] + 1
            queue[tail++] = v
          }
        }
      }
      if (level[sink] < 0) break
      for (let v = 0; v < n; v++) arc[v] = g.head[v]
      // Iterative depth-first search: augmenting paths can be long.
      let depth = 0
      pathNodes[0] = source
      while (depth >= 0) {
        const u = pathNodes[depth]
        if (u === sink) {
          let push = INFINITE
          for (let i = 0; i < depth; i++) push = Math.min(push, g.cap[pathEdges[i]])
          for (let i = 0; i < depth; i++) {
            const e = pathEdges[i]
            g.cap[e] -= push
            g.cap[e ^ 1] += push
            cost += push * g.cost[e]
          }
          flow += push
          depth = 0
          continue
        }
        let e = arc[u]
        while (e >= 0) {
          const v = g.to[e]
          if (g.cap[e] > 0 && level[v] === level[u] + 1 && reduced(u, e) === 0) break
          e = g.next[e]
        }
        arc[u] = e
        if (e < 0) {
          level[u] = -1 // dead end: never enter again in this phase
          depth--
          if (depth >= 0) arc[pathNodes[depth]] = g.next[arc[pathNodes[depth]]]
          continue
        }
        pathEdges[depth] = e
        pathNodes[++depth] = g.to[e]
      }
    }
  }
  return { flow, cost }
}

/** A binary min-heap of (node, key) with duplicates allowed (stale entries are skipped by the caller). */
class MinHeap {
  private nodes: Int32Array
  private keys: Float64Array
  size = 0
  lastKey = 0

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(4, capacity))
    this.keys = new Float64Array(Math.max(4, capacity))
  }

  clear(): void {
    this.size = 0
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2)
      nodes.set(this.nodes)
      const keys = new Float64Array(this.size * 2)
      keys.set(this.keys)
      this.nodes = nodes
      this.keys = keys
    }
    let i = this.size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.keys[parent] <= key) break
      this.nodes[i] = this.nodes[parent]
      this.keys[i] = this.keys[parent]
      i = parent
    }
    this.nodes[i] = node
    this.keys[i] = key
  }

  pop(): number {
    const top = this.nodes[0]
    this.lastKey = this.keys[0]
    const node = this.nodes[--this.size]
    const key = this.keys[this.size]
    let i = 0
    for (;;) {
      let child = 2 * i + 1
      if (child >= this.size) break
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++
      if (this.keys[child] >= key) break
      this.nodes[i] = this.nodes[child]
      this.keys[i] = this.keys[child]
      i = child
    }
    this.nodes[i] = node
    this.keys[i] = key
    return top
  }
}
