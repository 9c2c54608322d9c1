interface Span {
  day: string
  start: string
  end: string
}

/** Whether two weekly spans meet at the same time ("14:15" clocks compare as text). */
export function overlaps(a: Span, b: Span): boolean {
  return a.day === b.day && a.start < b.end && b.start < a.end
}
