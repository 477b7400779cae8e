/*
 * Pingnan accountability cases: the few English words that Camunda Forms (form-js) in Tasklist 7.24
 * writes itself, in Chinese. form-js has no translation hook in this version, so this script
 * watches the forms (only inside .fjs-container, never Tasklist's own pages) and replaces the
 * known texts and placeholders: the select prompt, the search prompt, the dynamic list's "Add new"
 * and the validation messages. Anything it does not know stays as form-js wrote it.
 */
(function () {
  'use strict';

  var TEXTS = [
    [/^Select$/, '请选择'],
    [/^Add new$/, '新增'],
    [/^Field is required\.$/, '此项为必填项。'],
    [/^Field must have minimum length of (\d+)\.$/, '至少填写 $1 个字。'],
    [/^Field must have maximum length of (\d+)\.$/, '最多填写 $1 个字。'],
    [/^Field must have minimum value of (.+)\.$/, '不得小于 $1。'],
    [/^Field must have maximum value of (.+)\.$/, '不得大于 $1。'],
    [/^Field must match pattern (.+)\.$/, '格式不正确（应符合 $1）。'],
    [/^Field must be a valid email\.$/, '请填写有效的电子邮箱。'],
    [/^No results$/, '无匹配项'],
    [/^All values selected$/, '已全部选择']
  ];

  var PLACEHOLDERS = {
    Select: '请选择',
    Search: '搜索'
  };

  function translated(text) {
    var trimmed = text.trim();
    for (var i = 0; i < TEXTS.length; i++) {
      if (TEXTS[i][0].test(trimmed)) {
        return text.replace(trimmed, trimmed.replace(TEXTS[i][0], TEXTS[i][1]));
      }
    }
    return null;
  }

  function inForm(node) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return !!(element && element.closest && element.closest('.fjs-container'));
  }

  function translateText(node) {
    var result = translated(node.data);
    if (result !== null && result !== node.data) {
      node.data = result;
    }
  }

  function translatePlaceholder(element) {
    var chinese = PLACEHOLDERS[element.getAttribute('placeholder')];
    if (chinese) {
      element.setAttribute('placeholder', chinese);
    }
  }

  function translateTree(root) {
    if (!inForm(root)) {
      if (root.querySelectorAll) {
        Array.prototype.forEach.call(root.querySelectorAll('.fjs-container'), translateTree);
      }
      return;
    }
    if (root.nodeType === Node.TEXT_NODE) {
      translateText(root);
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (root.hasAttribute('placeholder')) {
      translatePlaceholder(root);
    }
    Array.prototype.forEach.call(root.querySelectorAll('[placeholder]'), translatePlaceholder);
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
  }

  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      if (mutation.type === 'characterData') {
        if (inForm(mutation.target)) {
          translateText(mutation.target);
        }
      } else if (mutation.type === 'attributes') {
        if (inForm(mutation.target)) {
          translatePlaceholder(mutation.target);
        }
      } else {
        Array.prototype.forEach.call(mutation.addedNodes, translateTree);
      }
    });
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder']
  });

  if (typeof define === 'function' && define.amd) {
    define('pingnan/form-js-zh', [], function () {
      return { translated: translated };
    });
  }
})();
