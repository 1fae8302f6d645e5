/** The Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
export const chartColours = {
  blue: '#0072b2',
  orange: '#e69f00',
  green: '#009e73',
  vermillion: '#d55e00',
  purple: '#cc79a7',
  sky: '#56b4e9',
  yellow: '#f0e442',
} as const;
