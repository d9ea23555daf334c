// Member communes of the two demo networks.
// INSEE codes and postal codes are given for demonstration only: they were written from
// memory (the Haut-Rhin codes follow the department's alphabetical numbering) and have not
// been checked against the official Code officiel géographique. Do not reuse them as reference data.

export type CommuneSeed = { name: string; inseeCode: string; postalCode: string };

/** The 39 communes of Mulhouse Alsace Agglomération (model of the "PLP de démonstration"). */
export const m2aCommunes: CommuneSeed[] = [
  { name: "Baldersheim", inseeCode: "68015", postalCode: "68390" },
  { name: "Bantzenheim", inseeCode: "68020", postalCode: "68490" },
  { name: "Battenheim", inseeCode: "68022", postalCode: "68390" },
  { name: "Berrwiller", inseeCode: "68034", postalCode: "68500" },
  { name: "Bollwiller", inseeCode: "68043", postalCode: "68540" },
  { name: "Bruebach", inseeCode: "68055", postalCode: "68440" },
  { name: "Brunstatt-Didenheim", inseeCode: "68056", postalCode: "68350" },
  { name: "Chalampé", inseeCode: "68062", postalCode: "68490" },
  { name: "Dietwiller", inseeCode: "68072", postalCode: "68440" },
  { name: "Eschentzwiller", inseeCode: "68084", postalCode: "68440" },
  { name: "Feldkirch", inseeCode: "68089", postalCode: "68540" },
  { name: "Flaxlanden", inseeCode: "68091", postalCode: "68720" },
  { name: "Galfingue", inseeCode: "68100", postalCode: "68990" },
  { name: "Habsheim", inseeCode: "68118", postalCode: "68440" },
  { name: "Heimsbrunn", inseeCode: "68127", postalCode: "68990" },
  { name: "Hombourg", inseeCode: "68146", postalCode: "68490" },
  { name: "Illzach", inseeCode: "68154", postalCode: "68110" },
  { name: "Kingersheim", inseeCode: "68166", postalCode: "68260" },
  { name: "Lutterbach", inseeCode: "68195", postalCode: "68460" },
  { name: "Morschwiller-le-Bas", inseeCode: "68218", postalCode: "68790" },
  { name: "Mulhouse", inseeCode: "68224", postalCode: "68100" },
  { name: "Niffer", inseeCode: "68237", postalCode: "68680" },
  { name: "Ottmarsheim", inseeCode: "68253", postalCode: "68490" },
  { name: "Petit-Landau", inseeCode: "68254", postalCode: "68490" },
  { name: "Pfastatt", inseeCode: "68256", postalCode: "68120" },
  { name: "Pulversheim", inseeCode: "68258", postalCode: "68840" },
  { name: "Reiningue", inseeCode: "68267", postalCode: "68950" },
  { name: "Richwiller", inseeCode: "68269", postalCode: "68120" },
  { name: "Riedisheim", inseeCode: "68270", postalCode: "68400" },
  { name: "Rixheim", inseeCode: "68278", postalCode: "68170" },
  { name: "Ruelisheim", inseeCode: "68289", postalCode: "68270" },
  { name: "Sausheim", inseeCode: "68300", postalCode: "68390" },
  { name: "Staffelfelden", inseeCode: "68321", postalCode: "68850" },
  { name: "Steinbrunn-le-Bas", inseeCode: "68323", postalCode: "68440" },
  { name: "Ungersheim", inseeCode: "68343", postalCode: "68190" },
  { name: "Wittelsheim", inseeCode: "68375", postalCode: "68310" },
  { name: "Wittenheim", inseeCode: "68376", postalCode: "68270" },
  { name: "Zillisheim", inseeCode: "68384", postalCode: "68720" },
  { name: "Zimmersheim", inseeCode: "68386", postalCode: "68440" },
];

/** Seats of the 9 member collectivities of the syndicate (model: SITTOM-MI, Morbihan). */
export const morbihanCommunes: CommuneSeed[] = [
  { name: "Baud", inseeCode: "56010", postalCode: "56150" },
  { name: "Josselin", inseeCode: "56091", postalCode: "56120" },
  { name: "Locminé", inseeCode: "56117", postalCode: "56500" },
  { name: "Malestroit", inseeCode: "56124", postalCode: "56140" },
  { name: "Mauron", inseeCode: "56127", postalCode: "56430" },
  { name: "Ploërmel", inseeCode: "56165", postalCode: "56800" },
  { name: "Pontivy", inseeCode: "56178", postalCode: "56300" },
  { name: "Rohan", inseeCode: "56198", postalCode: "56580" },
  { name: "Saint-Jean-Brévelay", inseeCode: "56222", postalCode: "56660" },
];
