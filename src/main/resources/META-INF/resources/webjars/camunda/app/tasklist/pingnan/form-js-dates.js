/*
 * Pingnan accountability cases: dates in Camunda Forms (form-js datetime, flatpickr inside) as a Chinese
 * office writes them. form-js 1.x derives the input format from the browser's Intl default and has no
 * option for it, so on an English system it expects mm/dd/yyyy and reads "2025-06-15" as another date.
 * This script sets every form date picker to:
 *   - show and write YYYY-MM-DD;
 *   - accept 2025-06-15, 2025/6/15, 2025.6.15 and 2025年6月15日, and nothing else: a text that is not
 *     such a date (15/06/2025, 2025-02-30) is refused with a Chinese message, never read as another date;
 *   - a Chinese calendar (周一…, 一月…) starting on Monday, scrolled into view when it opens.
 * The stored value stays form-js's ISO yyyy-MM-dd.
 */
(function () {
  'use strict';

  var ZH = {
    weekdays: {
      shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
      longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
    },
    months: {
      shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
      longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' 至 ',
    weekAbbreviation: '周',
    scrollTitle: '滚动切换',
    toggleTitle: '点击切换',
    yearAriaLabel: '年',
    monthAriaLabel: '月',
    time_24hr: true
  };

  var DATE = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/;
  var MESSAGE = '无法识别的日期，请按“年-月-日”填写，例如 2025-06-15';

  /** The date the text names, or undefined when it names none (also for 2025-02-30). */
  function parse(text) {
    if (text instanceof Date) {
      return text;
    }
    var match = DATE.exec(String(text || ''));
    if (!match) {
      return undefined;
    }
    var year = +match[1];
    var month = +match[2];
    var day = +match[3];
    var date = new Date(year, month - 1, day);
    if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
      return undefined;
    }
    return date;
  }

  function showError(input, text) {
    var field = input.closest('.fjs-form-field') || input.parentElement;
    var box = field.querySelector('.pingnan-date-error');
    if (!text) {
      if (box) {
        box.remove();
      }
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.className = 'fjs-form-field-error pingnan-date-error';
      box.setAttribute('role', 'alert');
      field.appendChild(box);
    }
    box.textContent = MESSAGE + '（您填写的是“' + text + '”）';
  }

  function patch(input) {
    var picker = input._flatpickr;
    if (!picker || picker.__pingnanDates) {
      return;
    }
    picker.__pingnanDates = true;
    picker.set({
      locale: ZH,
      dateFormat: 'Y-m-d',
      parseDate: function (text) {
        var date = parse(text);
        // only what the person typed is judged; empty means "no date"
        showError(input, date || !String(text || '').trim() ? null : String(text).trim());
        return date;
      }
    });
    input.setAttribute('placeholder', 'YYYY-MM-DD');
    // the calendar opens below the field: bring it into view instead of behind Tasklist's footer
    picker.config.onOpen.push(function () {
      window.setTimeout(function () {
        if (picker.calendarContainer && picker.calendarContainer.scrollIntoView) {
          picker.calendarContainer.scrollIntoView({ block: 'nearest' });
        }
      }, 0);
    });
  }

  function patchAll() {
    Array.prototype.forEach.call(document.querySelectorAll('.fjs-container input.flatpickr-input'), patch);
  }

  new MutationObserver(patchAll).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class']
  });

  if (typeof define === 'function' && define.amd) {
    define('pingnan/form-js-dates', [], function () {
      return { parse: parse };
    });
  }
})();
