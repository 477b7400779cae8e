// 案件卷宗: draws each process of the case with bpmn-js's viewer and marks the steps it is at, as Cockpit does.
(function () {
  'use strict';
  document.querySelectorAll('.canvas[data-diagram]').forEach(function (container) {
    var viewer = new BpmnJS({ container: container, height: 420 });
    fetch(container.dataset.diagram, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
        canvas.zoom('fit-viewport');
        (container.dataset.active || '').split(',').filter(Boolean).forEach(function (id) {
          try { canvas.addMarker(id, 'current-step'); } catch (ignored) { /* step no longer in the diagram */ }
        });
        container.setAttribute('data-rendered', 'true');
      })
      .catch(function () {
        container.textContent = '流程图无法显示，请刷新页面或联系系统管理员。';
        container.setAttribute('data-rendered', 'failed');
      });
  });
})();
