import { describe, expect, it } from 'vitest'
import { FlowNetwork } from '../src/FlowNetwork'
import { minCostMaxFlow } from '../src/minCostMaxFlow'

describe('minCostMaxFlow', () => {
  it('finds the maximum flow of least cost, rerouting earlier flow when that helps', () => {
    // s=0, a=1, b=2, t=3: two units must leave through both a-t (free) and b-t (cost 5).
    const g = new FlowNetwork(4)
    const sa = g.addEdge(0, 1, 1, 0)
    g.addEdge(0, 2, 1, 0)
    const at = g.addEdge(1, 3, 1, 0)
    const ab = g.addEdge(1, 2, 1, 0)
    const bt = g.addEdge(2, 3, 1, 5)
    expect(minCostMaxFlow(g, 0, 3)).toEqual({ flow: 2, cost: 5 })
    expect([g.flow(sa), g.flow(at), g.flow(ab), g.flow(bt)]).toEqual([1, 1, 0, 1])
  })

  it('prefers a costlier path only when it adds flow (assignment with a reroute)', () => {
    // Participants 1,2; offerings 3,4 (capacity 1). 1 likes 3 (cost 0) and 4 (cost 1); 2 only likes 3.
    const g = new FlowNetwork(6)
    g.addEdge(0, 1, 1, 0)
    g.addEdge(0, 2, 1, 0)
    const e13 = g.addEdge(1, 3, 1, 0)
    const e14 = g.addEdge(1, 4, 1, 1)
    const e23 = g.addEdge(2, 3, 1, 0)
    g.addEdge(3, 5, 1, 0)
    g.addEdge(4, 5, 1, 0)
    expect(minCostMaxFlow(g, 0, 5)).toEqual({ flow: 2, cost: 1 })
    expect([g.flow(e13), g.flow(e14), g.flow(e23)]).toEqual([0, 1, 1])
  })

  it('handles capacities above one and unreachable sinks', () => {
    const g = new FlowNetwork(3)
    g.addEdge(0, 1, 7, 2)
    g.addEdge(1, 2, 4, 3)
    expect(minCostMaxFlow(g, 0, 2)).toEqual({ flow: 4, cost: 20 })
    expect(minCostMaxFlow(new FlowNetwork(2), 0, 1)).toEqual({ flow: 0, cost: 0 })
  })

  it('grows its edge arrays past the first guess', () => {
    const g = new FlowNetwork(202, 1)
    for (let i = 1; i <= 100; i++) {
      g.addEdge(0, i, 1, 0)
      g.addEdge(i, 100 + i, 1, i % 3)
      g.addEdge(100 + i, 201, 1, 0)
    }
    expect(minCostMaxFlow(g, 0, 201)).toEqual({ flow: 100, cost: 100 })
  })
})
