/** A JSON column's value as the driver returns it: parsed already by PostgreSQL's, text from SQLite's. */
export function jsonColumn<T>(value: string | T): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value
}
