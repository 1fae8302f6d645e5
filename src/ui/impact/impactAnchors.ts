/** Ids of the Impact view's sections, the anchors other views link to. */
export const impactAnchors = {
  people: 'impact-people',
  commute: 'impact-commute',
  retention: 'impact-retention',
  competences: 'impact-competences',
  coverage: 'impact-coverage',
} as const;

/** Anchors in the scenario editor the Overview links to (the editor gives its sections these ids). */
export const editorAnchors = {
  selectionOrder: 'editor-selection-order',
} as const;
