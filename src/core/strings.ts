/** Strings every widget shares; each element's catalog spreads these into its own. */
export const coreEn = {
  configProblemHeading: 'This widget is not set up correctly',
  configProblemHint: 'The website team can fix this in the page settings.',
};
