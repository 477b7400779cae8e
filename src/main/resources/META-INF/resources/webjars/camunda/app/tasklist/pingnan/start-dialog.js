/*
 * Pingnan accountability cases: the start dialog (启动流程) keeps the clerk's work and tells her the case number.
 *
 * 1. Esc pressed inside a form control (a date picker, a dropdown, a text field) closes that control only.
 *    The dialog (angular-ui-bootstrap) closes on Esc unless the key event was already handled, so the event is
 *    marked handled (preventDefault) on its way down; the control itself still receives it.
 * 2. Tasklist says only 流程已启动。 after a start. The engine gives a case its number (business key) while it
 *    starts, and the start request answers with it: this script shows it in a notice that stays until closed
 *    (or until the clerk logs out).
 */
(function () {
  'use strict';

  window.addEventListener(
    'keydown',
    function (event) {
      if (event.key !== 'Escape' && event.keyCode !== 27) {
        return;
      }
      var target = event.target;
      if (target && target.closest && target.closest('.modal') && target.closest('.fjs-container, .flatpickr-calendar')) {
        event.preventDefault();
        // form-js's dropdown lists ignore Esc; they close when their field loses the focus
        var field = target.closest('.fjs-form-field');
        if (field && field.querySelector('.fjs-dropdownlist') && target.blur) {
          target.blur();
        }
      }
    },
    true
  );

  var START = /\/process-definition\/[^/]+(\/[^/]+)?\/(submit-form|start)$/;

  function caseNotice(caseNumber) {
    var old = document.querySelector('.pingnan-case-started');
    if (old) {
      old.remove();
    }
    var notice = document.createElement('div');
    notice.className = 'pingnan-case-started alert alert-success';
    notice.setAttribute('role', 'status');
    var text = document.createElement('span');
    text.textContent = '案件已受理，案件编号：';
    var number = document.createElement('strong');
    number.className = 'pingnan-case-number';
    number.textContent = caseNumber;
    var hint = document.createElement('span');
    hint.textContent = '（在任务列表上方的搜索框输入案件编号即可找到本案任务）';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', '关闭');
    close.textContent = '×';
    close.addEventListener('click', function () {
      notice.remove();
    });
    notice.appendChild(close);
    notice.appendChild(text);
    notice.appendChild(number);
    notice.appendChild(hint);
    document.body.appendChild(notice);
  }

  // the notice belongs to the clerk who started the case: it goes when she logs out
  window.addEventListener('hashchange', function () {
    var notice = document.querySelector('.pingnan-case-started');
    if (notice && window.location.hash.indexOf('/login') !== -1) {
      notice.remove();
    }
  });

  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    var path = String(url || '').split('?')[0];
    if (String(method).toUpperCase() === 'POST' && START.test(path)) {
      this.addEventListener('load', function () {
        if (this.status < 200 || this.status >= 300) {
          return;
        }
        try {
          var instance = JSON.parse(this.responseText);
          if (instance && instance.businessKey) {
            caseNotice(instance.businessKey);
          }
        } catch (e) {
          console.warn('pingnan: the start answer is not JSON, no case number shown', e);
        }
      });
    }
    return open.apply(this, arguments);
  };

  if (typeof define === 'function' && define.amd) {
    define('pingnan/start-dialog', [], function () {
      return { caseNotice: caseNotice };
    });
  }
})();
