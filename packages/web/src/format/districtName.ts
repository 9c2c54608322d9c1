import { useI18n } from 'vue-i18n'

// Helsinki's districts by their Finnish names (the API's codes), as Swedish readers know them. English
// uses the Finnish names, as the city's own English pages do.
const SWEDISH: Record<string, string> = {
  Alppiharju: 'Åshöjden',
  Itäkeskus: 'Östra centrum',
  Haaga: 'Haga',
  Herttoniemi: 'Hertonäs',
  Kaarela: 'Kårböle',
  Kallio: 'Berghäll',
  Kampinmalmi: 'Kampmalmen',
  Kaartinkaupunki: 'Gardesstaden',
  Kulosaari: 'Brändö',
  Kaakkoinen: 'Sydöstra',
  Kivikko: 'Stensböle',
  Kontula: 'Gårdsbacka',
  Latokartano: 'Ladugården',
  Laajasalo: 'Degerö',
  Malmi: 'Malm',
  Mellunkylä: 'Mellungsby',
  Munkkiniemi: 'Munksnäs',
  Myllypuro: 'Kvarnbäcken',
  Oulunkylä: 'Åggelby',
  Pakila: 'Baggböle',
  Pasila: 'Böle',
  Pitäjänmäki: 'Sockenbacka',
  Reijola: 'Grejus',
  Suurmetsä: 'Storskog',
  Suutarila: 'Skomakarböle',
  'Taka-Töölö': 'Bortre Tölö',
  Tapaninkylä: 'Staffansby',
  Ullanlinna: 'Ulrikasborg',
  Vallila: 'Vallgård',
  Vanhakaupunki: 'Gammelstaden',
  Vartiokylä: 'Botby',
  Vironniemi: 'Estnäs',
  Vuosaari: 'Nordsjö',
  Östersundom: 'Östersundom',
}

/** A district's name in a language: Swedish for Swedish readers, else the Finnish one. */
export function districtName(district: string, locale: string): string {
  return (locale === 'sv' && SWEDISH[district]) || district
}

/** `districtName` in the page's current language. */
export function useDistrictName(): (district: string) => string {
  const { locale } = useI18n()
  return (district) => districtName(district, locale.value)
}
