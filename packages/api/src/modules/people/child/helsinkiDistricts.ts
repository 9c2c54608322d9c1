/** Helsinki's districts (peruspiirit), the home districts a registration may name: living in the city is a condition. */
export const HELSINKI_DISTRICTS = [
  'Alppiharju', 'Itäkeskus', 'Haaga', 'Herttoniemi', 'Kaarela', 'Kallio', 'Kampinmalmi', 'Kaartinkaupunki', 'Kulosaari',
  'Kaakkoinen', 'Kivikko', 'Kontula', 'Latokartano', 'Laajasalo', 'Malmi', 'Mellunkylä', 'Munkkiniemi', 'Myllypuro',
  'Oulunkylä', 'Pakila', 'Pasila', 'Pitäjänmäki', 'Reijola', 'Suurmetsä', 'Suutarila', 'Taka-Töölö', 'Tapaninkylä',
  'Ullanlinna', 'Vallila', 'Vanhakaupunki', 'Vartiokylä', 'Vironniemi', 'Vuosaari', 'Östersundom',
] as const
