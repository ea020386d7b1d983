// The front page's charts and province map. The page already holds every number as text;
// this script draws them with Chart.js and Leaflet from the data embedded in #dashboard-data.
(function () {
  'use strict';
  var source = document.getElementById('dashboard-data');
  if (!source) { return; }
  var data = JSON.parse(source.textContent);
  var palette = ['#1b6ca8', '#3a9d5d', '#e0a526', '#c8553d', '#7a5195', '#8c8c8c', '#2a9d8f'];

  function chart(id, slices, type) {
    var canvas = document.getElementById(id);
    if (!canvas || !window.Chart) { return; }
    window.datamapCharts = window.datamapCharts || {};
    window.datamapCharts[id] = new Chart(canvas, {
      type: type,
      data: {
        labels: slices.map(function (s) { return s.label; }),
        datasets: [{ data: slices.map(function (s) { return s.count; }), backgroundColor: palette }]
      },
      options: { animation: false, plugins: { legend: { display: type !== 'bar' } },
                 scales: type === 'bar' ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : {} }
    });
  }
  chart('chart-kinds', data.kinds, 'bar');
  chart('chart-statuses', data.statuses, 'doughnut');

  var mapElement = document.getElementById('province-map');
  if (!mapElement || !window.L) { return; }
  var map = L.map(mapElement, { zoomSnap: 0.25, attributionControl: false }).setView([16.2, 106.5], 5);
  var layer = null;
  var toggle = document.getElementById('map-toggle');
  var showing2023 = false;
  var fitted = false;

  function draw(geojson, provinces) {
    if (layer) { map.removeLayer(layer); }
    layer = L.geoJSON(geojson, {
      style: function (feature) {
        var p = provinces[feature.properties.id];
        var covered = p && p.covered;
        return { className: 'province ' + (covered ? 'covered' : 'uncovered') + ' province-' + feature.properties.id,
                 color: '#ffffff', weight: 1, fillOpacity: 0.85, fillColor: covered ? '#1b6ca8' : '#d9d9d9' };
      },
      onEachFeature: function (feature, shape) {
        var p = provinces[feature.properties.id];
        var name = p ? p.label : feature.properties.name_vi;
        shape.bindTooltip(name + (p && p.covered ? ' — ' + p.databases : ''));
        shape.on('click', function () {
          window.location.href = p ? p.href : '/agency/' + feature.properties.id;
        });
      }
    }).addTo(map);
    if (!fitted) {
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
      fitted = true;
    }
    mapElement.setAttribute('data-provinces', String(geojson.features.length));
  }

  function load(year) {
    var url = year === 2023 ? '/geo/vn63.geojson' : '/geo/vn34.geojson';
    return fetch(url).then(function (r) { return r.json(); }).then(function (geojson) {
      draw(geojson, year === 2023 ? data.provinces2023 : data.provinces);
    });
  }

  load(2025).then(function () {
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener('click', function () {
        showing2023 = !showing2023;
        toggle.textContent = showing2023 ? toggle.getAttribute('data-label-today') : toggle.getAttribute('data-label-2023');
        load(showing2023 ? 2023 : 2025);
      });
    }
  });
}());
