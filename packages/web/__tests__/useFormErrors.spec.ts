import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, reactive, ref } from 'vue'
import { CombinedError } from '@urql/core'
import { GraphQLError } from 'graphql'
import ErrorNotice from '../src/components/ErrorNotice.vue'
import TextField from '../src/components/TextField.vue'
import { requiredText, wholeNumberIn, z } from '../src/form/fieldChecks'
import { useFormErrors } from '../src/form/useFormErrors'
import { mountWith } from './mountWith'

/** A form of two fields, as the app's forms use useFormErrors: checks first, then the API's answer. */
const Form = defineComponent({
  props: { answer: { type: Object, default: null } },
  setup(props) {
    const values = reactive({ name: '', capacity: '' })
    const form = ref<HTMLFormElement | null>(null)
    const errors = useFormErrors(() => ({ name: 'Name', capacity: 'Seats', schoolId: 'School' }))
    const schema = z.object({ name: requiredText(), capacity: wholeNumberIn({ min: 1, max: 500 }) })
    async function submit(): Promise<void> {
      if (!errors.check(schema, values, form.value)) return
      errors.refused((props.answer as CombinedError | null) ?? undefined, form.value)
    }
    return () =>
      h('form', { ref: form, novalidate: true, onSubmit: (e: Event) => (e.preventDefault(), submit()) }, [
        h(TextField, { label: 'Name', modelValue: values.name, 'onUpdate:modelValue': (v: string) => (values.name = v), error: errors.error('name') }),
        h(TextField, {
          label: 'Seats',
          modelValue: values.capacity,
          'onUpdate:modelValue': (v: string) => (values.capacity = v),
          error: errors.error('capacity'),
        }),
        h(ErrorNotice, { message: errors.message.value }),
        h('button', { type: 'submit' }, 'Save'),
      ])
  },
})

const refusal = (issues: object[]) => new CombinedError({ graphQLErrors: [new GraphQLError('input', { extensions: { code: 'input/invalid', issues } })] })

async function submitted(wrapper: ReturnType<typeof mountWith>) {
  await wrapper.find('form').trigger('submit')
  await nextTick()
  await nextTick()
}

describe('useFormErrors', () => {
  it('shows each problem at its field in the user’s language, marks it invalid, and moves focus to the first', async () => {
    const wrapper = mountWith(Form, { attachTo: document.body })
    await wrapper.findAll('input')[1]!.setValue('-5')
    await submitted(wrapper)
    const [name, seats] = wrapper.findAll('input')
    expect(name!.attributes('aria-invalid')).toBe('true')
    expect(seats!.attributes('aria-invalid')).toBe('true')
    const seatsError = wrapper.find(`#${seats!.attributes('aria-describedby')}`)
    expect(seatsError.text()).toBe('Give a whole number from 1 to 500.')
    expect(wrapper.text()).toContain('Fill in this field.')
    expect(wrapper.find('[role="alert"]').text()).toBe('Fix the marked fields.')
    expect(document.activeElement).toBe(name!.element)
    wrapper.unmount()
  })

  it('puts the API’s field issues at their fields, and names in the notice those the form does not show', async () => {
    const answer = refusal([
      { field: 'capacity', rule: 'below_taken', params: { taken: 7 } },
      { field: 'schoolId', rule: 'unknown' },
    ])
    const wrapper = mountWith(Form, { props: { answer } })
    await wrapper.findAll('input')[0]!.setValue('Sirkus')
    await wrapper.findAll('input')[1]!.setValue('5')
    await submitted(wrapper)
    expect(wrapper.findAll('input')[1]!.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('At least 7: so many seats are already taken.')
    expect(wrapper.find('[role="alert"]').text()).toBe('Fix the marked fields. School: Not found. Choose from the list.')
    expect(wrapper.findAll('input')[0]!.attributes('aria-invalid')).toBeUndefined()
  })

  it('shows a refusal that is no field’s by its code, translated', async () => {
    const answer = new CombinedError({ graphQLErrors: [new GraphQLError('full', { extensions: { code: 'enrolment/group_full' } })] })
    const wrapper = mountWith(Form, { props: { answer } })
    await wrapper.findAll('input')[0]!.setValue('Sirkus')
    await wrapper.findAll('input')[1]!.setValue('5')
    await submitted(wrapper)
    expect(wrapper.find('[role="alert"]').text()).not.toBe('full')
    expect(wrapper.find('[role="alert"]').text().length).toBeGreaterThan(10)
    expect(wrapper.findAll('[aria-invalid="true"]')).toHaveLength(0)
  })
})
