// Draws every .graph-canvas of the page with cytoscape (served from /vendor/, built from npm), from
// the JSON its data-src names: nodes sized by degree, coloured by kind; a click opens the node's
// page. No inline script anywhere: the pages only carry data-* attributes.
(function () {
  'use strict';

  var COLOURS = { person: '#0b6e4f', organization: '#1f5fa8', event: '#c2571a' };

  function elements(data) {
    var max = 1;
    data.nodes.forEach(function (n) { max = Math.max(max, n.degree); });
    var nodes = data.nodes.map(function (n) {
      return { data: {
        id: n.iri, label: n.label, kind: n.kind, degree: n.degree, page: n.page || '',
        size: Math.round(14 + 34 * Math.sqrt(n.degree / max))
      } };
    });
    var edges = data.edges.map(function (e, i) {
      return { data: { id: 'e' + i, source: e.source, target: e.target, relation: e.relation } };
    });
    return nodes.concat(edges);
  }

  function style() {
    return [
      { selector: 'node', style: {
        'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)', 'font-size': 9,
        'text-wrap': 'ellipsis', 'text-max-width': 110, 'color': '#1d2330', 'text-valign': 'bottom',
        'text-margin-y': 2, 'background-color': function (n) { return COLOURS[n.data('kind')] || '#5b6475'; }
      } },
      { selector: 'node[kind = "event"]', style: { 'shape': 'round-rectangle' } },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1d2330' } },
      { selector: 'edge', style: { 'width': 1, 'line-color': '#b9c0cc', 'curve-style': 'haystack' } }
    ];
  }

  function status(box, text) {
    var p = box.id ? document.getElementById(box.id + '-status') : null;
    if (p) { p.textContent = text; }
  }

  function draw(box, data) {
    var cy = cytoscape({
      container: box, elements: elements(data), style: style(), wheelSensitivity: 0.3,
      layout: { name: box.dataset.layout || 'cose', animate: false, fit: true, padding: 20 }
    });
    if (box.dataset.focus) { cy.getElementById(box.dataset.focus).addClass('focus'); }
    cy.on('tap', 'node', function (evt) {
      var page = evt.target.data('page');
      if (page && page.charAt(0) === '/') { window.location.assign(page); }
    });
    box.dataset.drawnNodes = String(cy.nodes().length);
    box.dataset.drawnEdges = String(cy.edges().length);
    status(box, data.nodes.length + ' nœuds, ' + data.edges.length + ' liens'
      + (data.truncated ? ' (les ' + data.nodes.length + ' plus reliés sur ' + data.total + ')' : ''));
  }

  function load(box) {
    fetch(box.dataset.src, { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error(r.status + ' ' + r.statusText); }
        return r.json();
      })
      .then(function (data) {
        if (data.nodes.length === 0) {
          box.dataset.drawnNodes = '0';
          box.classList.add('empty');
          status(box, 'Aucun nœud pour ce filtre.');
          return;
        }
        draw(box, data);
      })
      .catch(function (e) { status(box, 'Le réseau n’a pas pu être chargé : ' + e.message); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof cytoscape !== 'function') { return; }
    Array.prototype.forEach.call(document.querySelectorAll('.graph-canvas[data-src]'), load);
  });
}());
