/*
 * Pingnan accountability cases: two Tasklist defaults changed for the clerks.
 *
 * 1. Text typed into the task search (above the task list) searches the case number (business key, "LIKE")
 *    instead of the task name: staff look for a case, the task names are few and shown on every card.
 *    Tasklist takes the default search type from its built-in search definitions (the entry marked
 *    "default"); this script moves that mark before the search box is built.
 * 2. The times on the task cards ("3 分钟前", "16 天后") are always Chinese: see useChineseTimes.
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

  // Tasklist defines the moment.js locale from zh.json only when it downloads the file, not when it takes the
  // translations from its browser cache: then the cards stay English. Define it here too, and switch to it.
  var defining = false;

  function useChineseTimes(injector) {
    var language = injector.get('$translate').use() || injector.get('$translate').proposedLanguage() || '';
    var moment = injector.get('moment');
    if (language.indexOf('zh') !== 0 || moment.locale() === language) {
      return;
    }
    var amMoment = injector.get('amMoment');
    if (moment.locales().indexOf(language) !== -1) {
      amMoment.changeLocale(language); // also tells the cards to redraw
      return;
    }
    if (defining) {
      return;
    }
    defining = true;
    fetch(new URL('../locales/' + language + '.json', document.baseURI), { credentials: 'same-origin' })
      .then(function (response) {
        return response.json();
      })
      .then(function (file) {
        if (file.dateLocales && moment.locales().indexOf(language) === -1) {
          moment.defineLocale(language, file.dateLocales);
        }
        amMoment.changeLocale(language);
      })
      .catch(function (e) {
        console.warn('pingnan: Chinese times unavailable', e);
      })
      .then(function () {
        defining = false;
      });
  }

  window.setInterval(function () {
    var injector =
      window.angular &&
      (window.angular.element(document.body).injector() || window.angular.element(document.documentElement).injector());
    if (!injector) {
      return;
    }
    var language = injector.get('$translate').use() || '';
    // a digest only when the times must change: Tasklist stays as fast as it is
    if (language.indexOf('zh') === 0 && injector.get('moment').locale() !== language) {
      injector.get('$rootScope').$applyAsync(function () {
        useChineseTimes(injector);
      });
    }
  }, 500);

  if (typeof define === 'function' && define.amd) {
    define('pingnan/tasklist-clerk', [], function () {
      return { preferBusinessKey: preferBusinessKey };
    });
  }
})();
