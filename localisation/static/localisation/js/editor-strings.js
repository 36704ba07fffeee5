// The translation editor's two English-only strings in the admin's language (see
// localisation/templates/wagtail_localize/admin/edit_translation.html): rewritten in place
// whenever React renders them, so React keeps its own text nodes.
(() => {
  const { sectionTitle, moreActions } = document.currentScript.dataset;
  const replacements = [
    ['section h3', /^.+ to .+ translation$/, sectionTitle],
    ['.w-dropdown__toggle .w-sr-only', /^More actions$/, moreActions],
  ];

  document.addEventListener('DOMContentLoaded', () => {
    const editor = document.querySelector('.js-translation-editor');
    const translate = () => {
      replacements.forEach(([selector, english, text]) => {
        editor.querySelectorAll(selector).forEach((element) => {
          const node = element.firstChild;
          // Never rewrite equal text: that is a mutation too, and the observer would loop.
          if (node && node.nodeType === Node.TEXT_NODE && english.test(node.nodeValue)
              && node.nodeValue !== text) {
            node.nodeValue = text;
          }
        });
      });
    };
    if (editor) {
      new MutationObserver(translate).observe(editor, { childList: true, subtree: true, characterData: true });
      translate();
    }
  });
})();
