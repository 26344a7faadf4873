// Look-alike medicine names written with tall-man (mixed case) letters, for every place a screen shows a medicine name.
//
// Source: US Food and Drug Administration (FDA) and Institute for Safe Medication Practices (ISMP). FDA and ISMP Lists
// of Look-Alike Drug Names with Recommended Tall Man Letters. ISMP; 2023 (https://www.ismp.org/recommendations/tall-man-letters-list),
// Table 2 (ISMP list of additional names). Only names that are in the shipped formulary (config/formulary/medicines.csv,
// column "medicine" or the first word of an ingredient) are listed; each entry names the published set it comes from.
// A name is written exactly as the list writes it; nothing here is made up. morphine is on the list only in lower case
// (morphine – HYDROmorphone), so it is shown as it always was. A test (tall-man.test.js) holds every name to the formulary.
export const TALL_MAN_NAMES = [
  { name: 'amLODIPine', set: 'amLODIPine – aMILoride' },
  { name: 'carBAMazepine', set: 'OXcarbazepine – carBAMazepine' },
  { name: 'cefTRIAXone', set: 'ceFAZolin – cefTRIAXone' },
  { name: 'fentaNYL', set: 'fentaNYL – SUFentanil' },
  { name: 'FLUoxetine', set: 'PARoxetine – FLUoxetine; FLUoxetine – DULoxetine' },
  { name: 'LORazepam', set: 'ALPRAZolam – LORazepam; clonazePAM – LORazepam' },
  { name: 'metFORMIN', set: 'metroNIDAZOLE – metFORMIN' },
  { name: 'metroNIDAZOLE', set: 'metroNIDAZOLE – metFORMIN' },
  { name: 'OLANZapine', set: 'QUEtiapine – OLANZapine' },
  { name: 'oxyCODONE', set: 'oxyCODONE – OxyCONTIN' },
  { name: 'QUEtiapine', set: 'QUEtiapine – OLANZapine' },
];
