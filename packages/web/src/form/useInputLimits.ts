import { computed } from 'vue'
import { useQuery } from '@urql/vue'
import { InputLimitsDocument, type InputLimitName } from '../graphql/generated'

/** The API's input limits (`inputLimits`), fetched once per visit: the forms check the same limits the services do. */
export function useInputLimits() {
  const query = useQuery({ query: InputLimitsDocument, requestPolicy: 'cache-first' })
  const limits = computed(() => new Map((query.data.value?.inputLimits ?? []).map((limit) => [limit.name, { min: limit.min, max: limit.max }])))
  return (name: InputLimitName) => limits.value.get(name)
}
