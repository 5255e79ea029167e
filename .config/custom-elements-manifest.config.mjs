// custom-elements.json from the lit sources and their JSDoc (@tagname, @summary, @slot, @csspart,
// @cssprop, @cssstate, @fires). It lists the public contract only: members that are private,
// protected, #private, `_`-prefixed, static or marked @internal are left out, so Storybook's controls and
// IDE typings show what a page may use and nothing else.

/** Whether a manifest member is part of the public contract. */
function isPublic(member) {
  const name = String(member.name ?? '');
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (name.startsWith('_') || name.startsWith('#')) return false;
  if (member.static) return false;
  return !/@internal\b/.test(member.description ?? '') && !member.internal;
}

const publicContractOnly = {
  name: 'public-contract-only',
  // Runs after inherited members are copied in, so the base class's protected helpers go too.
  packageLinkPhase({ customElementsManifest }) {
    // The analyzer copies inherited members but not custom states: every SiElement widget has the base's.
    const declarations = (customElementsManifest.modules ?? []).flatMap((module) => module.declarations ?? []);
    const baseStates = declarations.find((declaration) => declaration.name === 'SiElement')?.cssStates ?? [];
    for (const declaration of declarations) {
      if (declaration.superclass?.name !== 'SiElement') continue;
      const own = declaration.cssStates ?? [];
      declaration.cssStates = [...own, ...baseStates.filter((state) => !own.some((mine) => mine.name === state.name))];
    }
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        // The abstract base class has no tag of its own: it is a class, not an element a page can use.
        if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
      }
    }
  },
  analyzePhase({ ts, node, moduleDoc }) {
    // `@internal` in JSDoc: note it on the member so the filter above can drop it.
    if (!ts.isClassDeclaration(node)) return;
    const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name?.getText());
    if (!declaration) return;
    for (const member of node.members) {
      const tags = ts.getJSDocTags(member);
      if (!tags.some((tag) => tag.tagName.getText() === 'internal')) continue;
      const name = member.name?.getText();
      const found = declaration.members?.find((candidate) => candidate.name === name);
      if (found) found.internal = true;
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts', 'src/core/si-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings*.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names the built manifest in dist/; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicContractOnly],
};
