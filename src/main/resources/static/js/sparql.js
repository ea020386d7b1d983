// The query editor: YASGUI on /sparql, with the named map queries one click away. Without
// JavaScript the plain form below it works the same endpoint.
(function () {
  'use strict';
  var element = document.getElementById('yasgui');
  if (!element || !window.Yasgui) { return; }
  // Only completions that need no network: this server answers no prefix.cc or LOV lookups.
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  // The endpoint answers an error as a JSON problem whose message is in the page's language.
  // YASGUI parses such a body and then makes an Error of the object ("[object Object]", with no
  // status), so the last problem the endpoint answered is kept here for YASR's error renderer.
  var endpoint = window.location.origin + '/sparql';
  var lastProblem = Promise.resolve(null);
  var fetchFromPage = window.fetch.bind(window);
  window.fetch = function (resource, options) {
    var answer = fetchFromPage(resource, options);
    var url = typeof resource === 'string' ? resource : (resource && resource.url) || '';
    if (url.indexOf(endpoint) === 0) {
      lastProblem = answer.then(function (response) {
        return response.ok ? null : response.clone().json().catch(function () { return null; });
      }, function () { return null; });
    }
    return answer;
  };
  Yasgui.Yasr.defaults.errorRenderers = [function () {
    return lastProblem.then(problemMessage);
  }];
  var plain = document.getElementById('plain-editor');
  var initial = element.getAttribute('data-query') || document.getElementById('query').value;
  var yasgui = new Yasgui(element, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
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

  function problemMessage(problem) {
    if (!problem || typeof problem.message !== 'string') { return undefined; }
    var shown = document.createElement('div');
    var status = document.createElement('p');
    status.className = 'problem-status';
    status.textContent = problem.status + (problem.error ? ' ' + problem.error : '');
    var message = document.createElement('p');
    message.className = 'problem-message';
    message.textContent = problem.message;
    shown.appendChild(status);
    shown.appendChild(message);
    return shown;
  }
}());
