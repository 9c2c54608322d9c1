import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseKinds, expectRefused, startTestApi, type TestApi } from './testApi'

const UPDATE =
  'mutation ($c: ID!, $i: ClubDetailsInput!) { updateClubDetails(clubId: $c, input: $i) { name email phone website description mostTargetedShare } }'

describe.each(await databaseKinds())('club details on %s', (kind) => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi(kind)
  })
  afterAll(() => api.close())

  it("lets a club's own staff keep its contact details, names each bad field, and refuses other clubs' staff", async () => {
    const staff = await api.login('club@mukana.test')
    const clubs = (await api.gql('{ clubs { id name } }')).data?.clubs as { id: string; name: string }[]
    const own = (await api.gql('{ me { club { id } } }', {}, staff)).data?.me.club.id as string
    const other = clubs.find((c) => c.id !== own)!
    const input = { email: ' Info@Seura.fi ', phone: '040 123 4567', website: 'https://seura.fi/harrastukset', description: 'Jalkapalloa kaikille.' }
    expect((await api.gql(UPDATE, { c: own, i: input }, staff)).data?.updateClubDetails).toMatchObject({
      email: 'info@seura.fi',
      phone: '+358401234567',
      website: 'https://seura.fi/harrastukset',
      description: 'Jalkapalloa kaikille.',
    })
    expectRefused(
      await api.gql(UPDATE, { c: own, i: { email: 'not-an-address', phone: '12', website: 'javascript:alert(1)', description: '' } }, staff),
      'input/invalid',
      ['email', 'phone', 'website'],
    )
    expectRefused(await api.gql(UPDATE, { c: other.id, i: input }, staff), 'auth/forbidden')
    // Cleared by empty fields; an administrator may keep any club's.
    const admin = await api.login('admin@mukana.test')
    expect((await api.gql(UPDATE, { c: other.id, i: { email: '', phone: null, website: '', description: '' } }, admin)).data?.updateClubDetails).toMatchObject({
      email: null,
      phone: null,
      website: null,
    })
    expect((await api.gql('{ clubs { id email } }')).data?.clubs.find((c: { id: string }) => c.id === own).email).toBe('info@seura.fi')
  })

  it("lets a club cap the share of its groups' seats the city's targeting holds, and keeps it when left out", async () => {
    const staff = await api.login('club@mukana.test')
    const own = (await api.gql('{ me { club { id } } }', {}, staff)).data?.me.club.id as string
    const details = { email: null, phone: null, website: null, description: '' }
    expect((await api.gql(UPDATE, { c: own, i: details }, staff)).data?.updateClubDetails.mostTargetedShare).toBe(100)
    expect((await api.gql(UPDATE, { c: own, i: { ...details, mostTargetedShare: 25 } }, staff)).data?.updateClubDetails.mostTargetedShare).toBe(25)
    expect((await api.gql(UPDATE, { c: own, i: details }, staff)).data?.updateClubDetails.mostTargetedShare).toBe(25)
    expectRefused(await api.gql(UPDATE, { c: own, i: { ...details, mostTargetedShare: 101 } }, staff), 'input/invalid', ['mostTargetedShare'])
    expectRefused(await api.gql(UPDATE, { c: own, i: { ...details, mostTargetedShare: -1 } }, staff), 'input/invalid', ['mostTargetedShare'])
    await api.gql(UPDATE, { c: own, i: { ...details, mostTargetedShare: 100 } }, staff)
  })
})
