/*
 * Pingnan accountability cases: two Tasklist defaults changed for the clerks.
 *
 * 1. Text typed into the task search (above the task list) searches the case number (business key, "LIKE")
 *    instead of the task name: staff look for a case, the task names are few and shown on every card.
 *    Tasklist takes the default search type from its built-in search definitions (the entry marked
 *    "default"); this script moves that mark before the search box is built.
 * 2. The times on the task cards ("3 分钟前") are always Chinese. The Chinese moment.js locale comes with
 *    zh.json; cards drawn before it arrived kept English ("a minute ago") until their next refresh, so
 *    when the locale switches the cards are told to redraw (angular-moment's own event).
 */
(function () {
  'use strict';

  function preferBusinessKey(definitions) {
    if (!definitions || !Array.isArray(definitions.types) || definitions.__pingnanBusinessKey) {
      return false;
    }
    var businessKey = definitions.types.filter(function (type) {
      return type.id && type.id.key === 'processInstanceBusinessKey';
    })[0];
    if (!businessKey) {
      return false;
    }
    definitions.types.forEach(function (type) {
      delete type.default;
    });
    businessKey.default = true;
    definitions.__pingnanBusinessKey = true;
    return true;
  }

  var chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  chunks.push([
    ['pingnan-tasklist-clerk'],
    {},
    function (require) {
      Object.keys(require.m || {}).forEach(function (id) {
        var source = String(require.m[id]);
        if (source.indexOf('PROCESS_INSTANCE_BUSINESS_KEY') === -1 || source.indexOf('"types"') === -1) {
          return;
        }
        try {
          preferBusinessKey(require(id));
        } catch (e) {
          console.error('pingnan: cannot read the task search definitions ' + id, e);
        }
      });
    }
  ]);

  var redrawn = false;
  var timer = window.setInterval(function () {
    var root =
      window.angular &&
      (window.angular.element(document.body).injector() || window.angular.element(document.documentElement).injector());
    if (!root) {
      return;
    }
    var moment = root.get('moment');
    if (moment.locale() === 'zh' || moment.locale().indexOf('zh') === 0) {
      if (!redrawn) {
        redrawn = true;
        var scope = root.get('$rootScope');
        scope.$applyAsync(function () {
          scope.$broadcast('amMoment:localeChanged');
        });
      }
      window.clearInterval(timer);
    }
  }, 100);
  window.setTimeout(function () {
    window.clearInterval(timer);
  }, 30000);

  if (typeof define === 'function' && define.amd) {
    define('pingnan/tasklist-clerk', [], function () {
      return { preferBusinessKey: preferBusinessKey };
    });
  }
})();
