/*
 * Pingnan accountability cases, several counties in one installation (issue 14): Tasklist shows the tenant id of
 * a task and of a process to start ("pingnan"). Staff know their county by name, and raw ids do not belong on a
 * clerk's page (issue 18): this script shows the county's name (平南县) instead, from GET /api/counties (the
 * counties the signed-in user reads).
 *
 * Tasklist writes the id through an AngularJS binding into a text node inside ".tenant-id"; the script changes
 * that same text node, so when Tasklist writes another task's id into it, the observer sees the change and names
 * that county too. Ids it does not know are left as they are.
 */
(function () {
  'use strict';

  var names = null;
  var loading = false;

  function load() {
    if (names || loading) {
      return;
    }
    loading = true;
    fetch('/api/counties', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (counties) {
        var known = {};
        (counties || []).forEach(function (county) {
          known[county.id] = county.nameZh;
        });
        names = known;
        rename();
      })
      .catch(function (e) {
        loading = false;
        console.error('pingnan: cannot read the county names', e);
      });
  }

  function rename() {
    var tenants = document.querySelectorAll('.tenant-id');
    if (!tenants.length) {
      return;
    }
    if (!names) {
      load();
      return;
    }
    Array.prototype.forEach.call(tenants, function (element) {
      Array.prototype.forEach.call(element.childNodes, function (node) {
        if (node.nodeType !== 3) {
          return;
        }
        var id = node.nodeValue.trim();
        if (names.hasOwnProperty(id)) {
          node.nodeValue = names[id];
        }
      });
      var tooltip = element.getAttribute('uib-tooltip');
      if (tooltip && names.hasOwnProperty(tooltip.trim())) {
        element.setAttribute('uib-tooltip', names[tooltip.trim()]);
      }
    });
  }

  function start() {
    new MutationObserver(rename).observe(document.body, {childList: true, subtree: true, characterData: true});
    rename();
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
