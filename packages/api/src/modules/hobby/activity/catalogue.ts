/**
 * The activity catalogue, after the national pupil survey's list of hobbies to wish for and to try
 * (a selection; coordinators will be able to add to it). [code, Finnish, Swedish, English]
 */
export const CATALOGUE: [string, string, string, string][] = [
  ['animal-club', 'Eläinkerho', 'Djurklubb', 'Animal club'],
  ['basketball', 'Koripallo', 'Basket', 'Basketball'],
  ['bmx', 'BMX-pyöräily', 'BMX', 'BMX'],
  ['chess', 'Shakki', 'Schack', 'Chess'],
  ['circus', 'Sirkus', 'Cirkus', 'Circus'],
  ['climbing', 'Kiipeily', 'Klättring', 'Climbing'],
  ['coding-club', 'Koodikerho', 'Kodklubb', 'Coding club'],
  ['cooking', 'Kokkikerho', 'Matlagning', 'Cooking'],
  ['dance', 'Tanssi', 'Dans', 'Dance'],
  ['fishing', 'Kalastus', 'Fiske', 'Fishing'],
  ['floorball', 'Salibandy', 'Innebandy', 'Floorball'],
  ['football', 'Jalkapallo', 'Fotboll', 'Football'],
  ['gymnastics', 'Voimistelu', 'Gymnastik', 'Gymnastics'],
  ['music-band', 'Bändi', 'Band', 'Music band'],
  ['nature-club', 'Luontokerho', 'Naturklubb', 'Nature club'],
  ['parkour', 'Parkour', 'Parkour', 'Parkour'],
  ['riding', 'Ratsastus', 'Ridning', 'Riding'],
  ['swimming', 'Uinti', 'Simning', 'Swimming'],
  ['theatre', 'Teatteri', 'Teater', 'Theatre'],
  ['visual-arts', 'Kuvataide', 'Bildkonst', 'Visual arts'],
]
