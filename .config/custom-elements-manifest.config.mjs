// custom-elements.json from the lit sources and their JSDoc (@summary, @slot, @csspart, @cssprop, @fires).
export default {
  globs: ['src/elements/**/*.ts', 'src/core/si-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings*.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names the built manifest in dist/; the analyzer must not rewrite it.
  packagejson: false,
};
