// Wagtail 8.0.1's wagtailsearchpromotions/queries/chooser_field.js as a static file (it was an
// inline script; see cms/wagtail_csp.py). createQueryChooser is called by admin-deferred-calls.js.
(() => {
  const { chooserUrl } = document.currentScript.dataset;

  window.createQueryChooser = (id) => {
    const chooserElement = $(`#${id}-chooser`);
    const input = $(`#${id}`);

    chooserElement.on('click', () => {
      ModalWorkflow({
        url: chooserUrl,
        onload: QUERY_CHOOSER_MODAL_ONLOAD_HANDLERS,
        responses: {
          queryChosen: (queryData) => {
            input.val(queryData.querystring);
          },
        },
      });
    });
  };
})();
