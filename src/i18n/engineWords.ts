/**
 * Words for what the engine returns as codes and ids (its results carry no text): the
 * agreement areas of a selection group. Keys are full (`area.key`): they add to the areas whose
 * screens show them.
 */
export const engineWordsMessages = {
  en: {
    'selectionOrder.groupName': '{{sites}} · {{area}}',
    'selectionOrder.agreementArea.tjansteman': 'salaried employees',
    'selectionOrder.agreementArea.arbetare': 'manual workers',
  },
  sv: {
    'selectionOrder.groupName': '{{sites}} · {{area}}',
    'selectionOrder.agreementArea.tjansteman': 'tjänstemän',
    'selectionOrder.agreementArea.arbetare': 'arbetare',
  },
};
