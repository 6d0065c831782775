// The query workbench (/workbench, /q/ID): Yasqe (editor) and Yasr (results) from @zazuko/yasgui,
// served from /vendor/. Everything comes from this server: the endpoint, the prefixes, the
// completions (/workbench/completions.json), the gallery, the permalinks. No outside service is
// called (prefix.cc and LOV completers are replaced), and nothing is kept in local storage.
(function () {
  'use strict';
  var root = document.getElementById('workbench');
  if (!root || !window.Yasqe || !window.Yasr) {
    return;
  }
  var Yasqe = window.Yasqe;
  var Yasr = window.Yasr;
  var endpoint = new URL(root.dataset.endpoint, window.location.href).toString();
  var base = root.dataset.base;
  var maxRows = root.dataset.maxRows;
  var prefixes = JSON.parse(root.dataset.prefixes);
  var banner = document.getElementById('banner');
  var downloads = document.getElementById('downloads');

  function prefixHeader() {
    return Object.keys(prefixes).sort().map(function (p) {
      return 'PREFIX ' + p + ': <' + prefixes[p] + '>';
    }).join('\n');
  }

  // Completion from the graph itself: classes after "a", properties in predicate position,
  // entities by name after "<", prefixes from the graph's own list.
  var completions = fetch('/workbench/completions.json').then(function (r) {
    if (!r.ok) {
      throw new Error('completions: ' + r.status);
    }
    return r.json();
  });
  var labels = {};
  completions.then(function (c) {
    c.entities.forEach(function (e) { labels['<' + e.iri + '>'] = e.label; });
  });
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function fromGraph(name, key) {
    return Object.assign({}, Yasqe.Autocompleters[name], {
      name: name, bulk: true, autoShow: true, persistenceId: null,
      get: function () { return completions.then(function (c) { return c[key]; }); }
    });
  }
  Yasqe.registerAutocompleter(Object.assign({}, Yasqe.Autocompleters.prefixes, {
    persistenceId: null,
    get: function () {
      return Promise.resolve(Object.keys(prefixes).sort().map(function (p) { return p + ': <' + prefixes[p] + '>'; }));
    }
  }), true);
  Yasqe.registerAutocompleter(fromGraph('property', 'properties'), true);
  Yasqe.registerAutocompleter(fromGraph('class', 'classes'), true);
  Yasqe.registerAutocompleter({
    name: 'entity', bulk: false, autoShow: true, persistenceId: null,
    isValidCompletionPosition: function (yasqe) {
      var s = yasqe.getCompleteToken().string;
      return s.length > 1 && s[0] === '<' && !/^<https?:/.test(s);
    },
    get: function (yasqe, token) {
      var wanted = fold(token.string.replace(/^</, '').replace(/>$/, ''));
      return completions.then(function (c) {
        return c.entities.filter(function (e) { return fold(e.label).indexOf(wanted) >= 0; })
          .slice(0, 50).map(function (e) { return '<' + e.iri + '>'; });
      });
    },
    postprocessHints: function (yasqe, hints) {
      return hints.map(function (h) {
        return Object.assign(h, { displayText: (labels[h.text] || '') + '  ' + h.text });
      });
    }
  }, true);
  Yasqe.defaults.autocompleters = ['prefixes', 'property', 'class', 'entity', 'variables'];

  var yasqe = new Yasqe(document.getElementById('editor'), {
    value: prefixHeader() + '\n\nSELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 20\n',
    persistenceId: null,
    createShareableLink: null,
    consumeShareLink: null,
    showQueryButton: true,
    resizeable: true,
    editorHeight: '18rem',
    requestConfig: {
      endpoint: endpoint,
      method: 'POST',
      acceptHeaderSelect: 'application/sparql-results+json',
      acceptHeaderGraph: 'text/turtle',
      args: [{ name: 'max-rows', value: maxRows }]
    }
  });
  var yasr = new Yasr(document.getElementById('results'), {
    persistenceId: null,
    prefixes: prefixes,
    pluginOrder: ['table', 'response'],
    defaultPlugin: 'table'
  });

  // IRIs minted under the base open this server's entity pages, whatever the base says.
  function localLinks(scope) {
    scope.querySelectorAll('a[href]').forEach(function (a) {
      var href = a.getAttribute('href');
      if (href.indexOf(base) === 0) {
        a.setAttribute('href', '/id/' + href.substring(base.length));
        a.removeAttribute('target');
      }
    });
  }
  new MutationObserver(function () { localLinks(yasr.resultsEl); })
    .observe(yasr.resultsEl, { childList: true, subtree: true });

  function showBanner(text) {
    banner.textContent = text;
    banner.hidden = !text;
  }
  function describeCut(cut, rows) {
    if (!cut) {
      return '';
    }
    var n = cut.split('=')[1];
    if (cut.indexOf('limit=') === 0) {
      return 'Résultat coupé par la clause LIMIT ' + n + ' de la requête : il y a d’autres lignes. '
        + 'Retirez ou augmentez la limite pour les voir.';
    }
    if (cut.indexOf('cap=') === 0) {
      return 'Seules les ' + n + ' premières lignes sont affichées : le résultat en a davantage. '
        + 'Les téléchargements ci-dessous donnent le résultat complet.';
    }
    return 'La requête a dépassé le délai du serveur : résultat partiel (' + rows + ' lignes).';
  }
  function setDownloads(query) {
    downloads.querySelectorAll('a[data-format]').forEach(function (a) {
      a.href = root.dataset.endpoint + '?query=' + encodeURIComponent(query) + '&format=' + a.dataset.format;
    });
    var type = yasqe.getQueryType();
    downloads.hidden = !(type === 'SELECT' || type === 'ASK');
  }

  yasqe.on('queryBefore', function () {
    showBanner('');
    setDownloads(yasqe.getValue());
  });
  yasqe.on('queryResponse', function (instance, response, duration) {
    yasr.setResponse(response, duration);
    var cut = response && response.headers ? response.headers.get('Result-Cut') : null;
    var rows = yasr.results && yasr.results.getBindings ? (yasr.results.getBindings() || []).length : 0;
    showBanner(describeCut(cut, rows));
    root.dataset.state = 'done';
  });
  document.getElementById('run').addEventListener('click', function () { yasqe.query(); });

  function load(text) {
    yasqe.setValue(text);
    root.dataset.state = 'running';
    yasqe.query();
  }

  // Gallery: one click loads the named query, with the chosen parameters, and runs it.
  document.querySelectorAll('#gallery li[data-query]').forEach(function (item) {
    item.querySelector('button.wb-load').addEventListener('click', function () {
      fetch('/queries/' + encodeURIComponent(item.dataset.query) + '.rq').then(function (r) {
        return r.text();
      }).then(function (text) {
        item.querySelectorAll('select[data-param]').forEach(function (select) {
          if (select.value) {
            var values = new RegExp('VALUES\\s+\\?' + select.dataset.param + '\\s*\\{\\s*UNDEF\\s*\\}');
            text = text.replace(values, 'VALUES ?' + select.dataset.param + ' { <' + select.value + '> }');
          }
        });
        load(text);
      });
    });
  });

  // Permalinks: the same text always gets the same short link, kept by this server.
  var output = document.getElementById('permalink');
  document.getElementById('share').addEventListener('click', function () {
    fetch('/q', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query' },
      body: yasqe.getValue()
    }).then(function (r) {
      return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); });
    }).then(function (link) {
      var a = document.createElement('a');
      a.href = link.path;
      a.textContent = new URL(link.path, window.location.href).toString();
      output.replaceChildren(a);
    }, function (error) {
      output.textContent = error.message;
    });
  });
  if (root.dataset.permalink) {
    fetch('/q/' + encodeURIComponent(root.dataset.permalink) + '.rq').then(function (r) {
      return r.text();
    }).then(load);
  }
}());
