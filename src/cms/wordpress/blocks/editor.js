/**
 * The widgets' blocks in the block editor: a placeholder that says what the block is and how it is set,
 * and the widget's attributes in the sidebar (text fields and switches, from custom-elements.json through
 * includes/elements.php). The page renders the block on the server (class-blocks.php); the live widget is
 * never run here, where its quick exit could take an editor off an unsaved post. Plain script, no build:
 * WordPress's own wp.* packages only.
 */
(function (wp, data) {
  if (!wp || !data) return;
  const el = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, Placeholder, TextControl, ToggleControl } = wp.components;

  for (const block of data.blocks) {
    wp.blocks.registerBlockType(block.name, {
      edit({ attributes, setAttributes }) {
        const fields = block.attributes.map((field) =>
          field.type === 'boolean'
            ? el(ToggleControl, {
                key: field.name,
                label: field.name,
                help: field.description,
                checked: attributes[field.name] === true,
                onChange: (on) => setAttributes({ [field.name]: on ? true : undefined }),
              })
            : el(TextControl, {
                key: field.name,
                label: field.name,
                help: field.description,
                value: attributes[field.name] ?? '',
                onChange: (value) => setAttributes({ [field.name]: value === '' ? undefined : value }),
              }),
        );
        const set = block.attributes
          .filter((field) => attributes[field.name] !== undefined)
          .map((field) => (field.type === 'boolean' ? field.name : `${field.name}="${attributes[field.name]}"`));
        return el(
          wp.element.Fragment,
          null,
          el(InspectorControls, null, el(PanelBody, { title: data.strings.attributes }, fields)),
          el(
            'div',
            useBlockProps(),
            el(
              Placeholder,
              { icon: block.icon, label: block.title, instructions: block.description },
              el('div', null, el('p', null, set.length ? el('code', null, set.join(' ')) : data.strings.defaults), el('p', null, data.strings.preview)),
            ),
          ),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.survivorInformedWidgetsBlocks);
