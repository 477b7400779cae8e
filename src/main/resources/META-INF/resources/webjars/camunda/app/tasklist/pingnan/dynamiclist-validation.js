/*
 * Pingnan accountability cases: makes Camunda Forms with dynamic lists submittable in Tasklist 7.24.
 *
 * form-js records a valid list field as errors[fieldId][index] = undefined, which leaves the key
 * errors[fieldId] = {0: undefined} behind; Tasklist counts the keys of `errors` and keeps the
 * "complete"/"start" button disabled for good. This script prunes empty entries from the form's
 * error state, so only real errors count. It changes no validation rule.
 */
(function () {
  'use strict';

  function prune(errors) {
    var out = {};
    Object.keys(errors || {}).forEach(function (key) {
      var value = errors[key];
      if (value === undefined || value === null) {
        return;
      }
      if (Array.isArray(value)) {
        if (value.length) {
          out[key] = value;
        }
      } else if (typeof value === 'object') {
        var inner = prune(value);
        if (Object.keys(inner).length) {
          out[key] = inner;
        }
      } else {
        out[key] = value;
      }
    });
    return out;
  }

  function patchFormClass(candidate) {
    if (typeof candidate !== 'function' || !candidate.prototype) {
      return;
    }
    var proto = candidate.prototype;
    if (typeof proto.importSchema !== 'function' || typeof proto._setState !== 'function' || proto.__pingnanPruned) {
      return;
    }
    var setState = proto._setState;
    proto._setState = function (state) {
      if (state && state.errors) {
        state = Object.assign({}, state, { errors: prune(state.errors) });
      }
      return setState.call(this, state);
    };
    proto.__pingnanPruned = true;
  }

  var webpackRequire = null;

  function patchExports(exported) {
    if (!exported || (typeof exported !== 'object' && typeof exported !== 'function')) {
      return;
    }
    patchFormClass(exported);
    Object.keys(exported).forEach(function (name) {
      try {
        patchFormClass(exported[name]);
      } catch (ignored) {
        // getters of foreign modules may throw; they are not the form class
      }
    });
  }

  var formModuleIds = null;

  function patchLoadedModules() {
    if (!webpackRequire) {
      return;
    }
    if (webpackRequire.c) {
      Object.keys(webpackRequire.c).forEach(function (id) {
        patchExports(webpackRequire.c[id] && webpackRequire.c[id].exports);
      });
      return;
    }
    // no module cache exposed: find the module that defines the form class by its source
    if (formModuleIds === null) {
      formModuleIds = Object.keys(webpackRequire.m || {}).filter(function (id) {
        var source = String(webpackRequire.m[id]);
        return source.indexOf('importSchema') !== -1 && source.indexOf('_setState') !== -1;
      });
    }
    formModuleIds.forEach(function (id) {
      try {
        patchExports(webpackRequire(id));
      } catch (e) {
        console.error('pingnan: cannot inspect module ' + id, e);
      }
    });
  }

  var chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  chunks.push([
    ['pingnan-dynamiclist-validation'],
    {},
    function (require) {
      webpackRequire = require;
      patchLoadedModules();
    }
  ]);

  // the form modules may be evaluated after this script: patch again whenever a form appears
  new MutationObserver(function () {
    if (document.querySelector('.fjs-container')) {
      patchLoadedModules();
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  if (typeof define === 'function' && define.amd) {
    define('pingnan/dynamiclist-validation', [], function () {
      return { prune: prune };
    });
  }
})();
