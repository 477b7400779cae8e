// 问责统计: draws the page's figures with ECharts (the data is the JSON the server put into the page).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('statistics-data').textContent);
  var red = ['#a61b1b', '#d4553a', '#e8935c', '#f2c27b', '#7a8fa6', '#4f6d8a', '#9aa5b1', '#c7ccd1'];

  function bars(counts, horizontal) {
    var labels = counts.map(function (c) { return horizontal ? c.code : c.label; });
    var values = counts.map(function (c) { return c.count; });
    var category = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : 20 } };
    var value = { type: 'value', minInterval: 1 };
    return {
      color: red,
      tooltip: {
        trigger: 'axis',
        formatter: function (p) { return counts[p[0].dataIndex].label + '：' + p[0].value; }
      },
      grid: { left: horizontal ? 50 : 40, right: 30, top: 24, bottom: horizontal ? 20 : 70 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
      series: [{ type: 'bar', data: values, label: { show: true, position: horizontal ? 'right' : 'top' } }]
    };
  }

  function pie(counts) {
    return {
      color: red,
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0 },
      series: [{
        type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
        data: counts.map(function (c) { return { name: c.label, value: c.count }; }),
        label: { formatter: '{b}\n{c}' }
      }]
    };
  }

  var options = {
    byField: function (c) { return bars(c, false); },
    byMeasure: function (c) { return bars(c, false); },
    byGround: function (c) { return bars(c, true); },
    byManagementLevel: pie,
    byReferralRoute: function (c) { return bars(c, false); },
    appealOutcomes: pie
  };

  var charts = [];
  document.querySelectorAll('[data-series]').forEach(function (el) {
    var key = el.getAttribute('data-series');
    if (typeof echarts === 'undefined') {
      el.parentNode.classList.add('no-chart');
      return;
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(options[key](data[key]));
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.body.setAttribute('data-charts-drawn', String(charts.length));
})();
