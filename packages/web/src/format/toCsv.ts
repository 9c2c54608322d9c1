/** How a spreadsheet program in the user's language reads a file: Finnish and Swedish Excel split on `;` and write 0,5. */
export interface CsvDialect {
  separator: ',' | ';'
  decimal: '.' | ','
}

/** The dialect for a UI language: `;` and a decimal comma for Finnish and Swedish, RFC 4180's `,` for English. */
export function csvDialect(locale: string): CsvDialect {
  return locale === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' }
}

/** Rows as CSV (quoted where needed), with a BOM so that spreadsheet programs read ä and ö right. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], dialect: CsvDialect = csvDialect('en')): string {
  const cell = (value: string | number | null | undefined): string => {
    if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', dialect.decimal)
    const text = value === null || value === undefined ? '' : value
    return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return '\ufeff' + rows.map((row) => row.map(cell).join(dialect.separator)).join('\r\n') + '\r\n'
}

/** Offers the text as a file download. */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}
