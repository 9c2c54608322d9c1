import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100

/** utime + stime of one process, in seconds; 0 once it is gone. */
function ownCpu(pid: number): number {
  try {
    // The command may hold spaces and parentheses: the fields after its closing parenthesis are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / TICKS
  } catch {
    return 0
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number))
  } catch {
    return []
  }
}

/**
 * CPU seconds used so far by a process and its descendants (the service and its API processes), or by
 * every process of a command name (`postgres`: the server and its backends). Linux only: elsewhere null,
 * and the benchmark leaves the column out. Throughput on a shared machine swings with its neighbours;
 * the CPU a request costs is the steadier figure.
 */
export function cpuSeconds(of: { pid: number } | { command: string }): number | null {
  if (process.platform !== 'linux') return null
  if ('pid' in of) {
    let total = 0
    for (const pending = [of.pid]; pending.length;) {
      const pid = pending.pop()!
      total += ownCpu(pid)
      pending.push(...childrenOf(pid))
    }
    return total
  }
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === of.command) total += ownCpu(Number(entry))
    } catch {
      // Gone between the listing and the read.
    }
  }
  return total
}
