// Dibuja, sin red, lo que el HTML del libro deja preparado:
//  - cada elemento .math (TeX escapado que escribió Markdig) con katex.render, en línea o en modo display;
//  - cada <script type="application/json" class="plotly-figure"> con Plotly.newPlot(div, data, layout, config),
//    lo mismo que hace el renderizador de VS Code con application/vnd.plotly.v1+json.
(function () {
  'use strict';

  function renderMath() {
    if (!window.katex) return;
    document.querySelectorAll('.math').forEach(function (element) {
      var display = element.classList.contains('math-display');
      try {
        katex.render(element.textContent, element, { displayMode: display, throwOnError: false });
      } catch (error) {
        element.classList.add('math-error');
        element.title = String(error && error.message || error);
      }
    });
  }

  function renderCharts() {
    var figures = document.querySelectorAll('script.plotly-figure');
    figures.forEach(function (script) {
      var target = document.getElementById(script.getAttribute('data-chart'));
      if (!target) return;
      if (!window.Plotly) {
        target.textContent = 'No se pudo cargar plotly.js: el gráfico no se puede dibujar.';
        target.classList.add('chart-error');
        return;
      }
      try {
        var figure = JSON.parse(script.textContent);
        Plotly.newPlot(target, figure.data || [], figure.layout || {}, figure.config || {});
      } catch (error) {
        target.textContent = 'El gráfico no se pudo dibujar: ' + (error && error.message || error);
        target.classList.add('chart-error');
      }
    });
  }

  renderMath();
  renderCharts();
})();
