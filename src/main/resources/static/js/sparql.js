// The query editor: YASGUI on /sparql, with the named map queries one click away. Without
// JavaScript the plain form below it works the same endpoint.
(function () {
  'use strict';
  var element = document.getElementById('yasgui');
  if (!element || !window.Yasgui) { return; }
  // Only completions that need no network: this server answers no prefix.cc or LOV lookups.
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  var plain = document.getElementById('plain-editor');
  var initial = element.getAttribute('data-query') || document.getElementById('query').value;
  var yasgui = new Yasgui(element, {
    requestConfig: { endpoint: window.location.origin + '/sparql', method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return []; } },
    persistenceId: null,
    yasqe: { value: initial }
  });
  window.datamapYasgui = yasgui;
  var tab = yasgui.getTab();
  if (tab) { tab.setQuery(initial); }
  if (plain) { plain.hidden = true; }
  Array.prototype.forEach.call(document.querySelectorAll('a.named-query'), function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var added = yasgui.addTab(true, { name: link.textContent });
      added.setQuery(link.getAttribute('data-sparql'));
    });
  });
}());
