import { computed, nextTick, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CombinedError } from '@urql/core'
import { errorMessage, fieldIssuesOf, fieldProblem, type FieldIssue } from '../i18n/errorMessage'
import { issuesOf, type z } from './fieldChecks'

/** `sessions[1].end` belongs to the form's `sessions` field, and to `sessions[1].end` itself. */
const belongs = (field: string, name: string) => field === name || field.startsWith(`${name}[`) || field.startsWith(`${name}.`)

/**
 * A form's problems, from its own checks before sending and from the API's refusal after: each field's
 * problem in the user's language (`error('capacity')`, shown at the field), and one notice for the rest.
 * `labels` names the form's fields for the notice, which lists every problem not shown at its field.
 */
export function useFormErrors(labels: () => Record<string, string> = () => ({})) {
  const { t, te } = useI18n()
  const issues = ref<FieldIssue[]>([])
  const refusal = ref<CombinedError | null>(null)

  // The fields the page shows problems at: those it asked `error` for. The notice, rendered after the
  // fields, names only the others.
  const asked = new Set<string>()
  const shown = (issue: FieldIssue) => [...asked].some((name) => belongs(issue.field, name))
  const labelOf = (field: string) => Object.entries(labels()).find(([name]) => belongs(field, name))?.[1] ?? field

  /** The problem with a field (or any of its parts), in the user's language; undefined when it is fine. */
  function error(name: string): string | undefined {
    asked.add(name)
    const issue = issues.value.find((candidate) => belongs(candidate.field, name))
    return issue ? fieldProblem(issue, t) : undefined
  }

  const message = computed(() => {
    if (refusal.value && !fieldIssuesOf(refusal.value)) return errorMessage(refusal.value, t, te)
    if (issues.value.length === 0) return null
    const elsewhere = issues.value.filter((issue) => !shown(issue))
    return [t('form.fixFields'), ...elsewhere.map((issue) => t('form.fieldProblem', { field: labelOf(issue.field), problem: fieldProblem(issue, t) }))].join(
      ' ',
    )
  })

  // Keyboard and screen-reader users land on the first field to fix.
  async function focusFirst(form: HTMLFormElement | null | undefined): Promise<void> {
    await nextTick()
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }

  /** Checks the form's values before sending; false (and the problems shown) when they would be refused. */
  function check(schema: z.ZodMiniType, values: unknown, form?: HTMLFormElement | null): boolean {
    const result = schema.safeParse(values)
    refusal.value = null
    issues.value = result.success ? [] : issuesOf(result.error)
    if (!result.success) void focusFirst(form)
    return result.success
  }

  /** Takes the API's answer: true (and the problems shown) when it refused. */
  function refused(error: CombinedError | undefined, form?: HTMLFormElement | null): boolean {
    refusal.value = error ?? null
    issues.value = fieldIssuesOf(error) ?? []
    if (issues.value.length > 0) void focusFirst(form)
    return Boolean(error)
  }

  function clear(): void {
    refusal.value = null
    issues.value = []
  }

  return { error, message, check, refused, clear }
}
