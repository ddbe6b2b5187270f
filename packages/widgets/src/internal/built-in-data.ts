// The parts of the built-in Etelä-Savo data that the finder shows. Imported dynamically by the finder,
// so sites that bring their own data never load it; named static imports here let bundlers drop the
// rest of the region (agreements, groups, people…).
export {
  etelaSavoMeetingPlaces as places,
  etelaSavoMunicipalities as municipalities,
  etelaSavoParties as parties,
} from '@perhekeskus/core/etela-savo';
