/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // ---------------------------------------------------------------------------
  // Pingnan accountability-case system: Chinese (zh) user interface.
  // Everything below the marker "original Camunda 7.24 config" is the config.js
  // shipped in camunda-webapp-webjar 7.24.0, kept unchanged (only the tasklist
  // shortcut descriptions are translated, because they are shown in the UI).
  // ---------------------------------------------------------------------------
  app: {
    name: '问责案件 · 欢迎页',
    vendor: '平南县纪委监委'
  },
  // Browsers whose first language is Chinese (zh, zh-CN, zh-TW ...) get zh.json;
  // every other language, and every key missing in zh.json, falls back to English.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // moment.js formats. The webapps always show dates in the browser's own time
  // zone (there is no time-zone option); on PCs set to China Standard Time that
  // is CST (UTC+8), which the page footer also names ("Asia/Shanghai").
  // Issue 17: our own staff pages (工作台, 案件查询, 案件卷宗, 影响期登记), same sign-in as the webapps.
  links: [
    {
      label: '工作台 · 案件查询 · 影响期登记',
      href: '/staff/',
      description: '我的待办与到期任务、按编号或人员查找案件、案件卷宗、影响期资格查询'
    },
    // Issue 13 part 3: the page itself lets in only the groups it names (docs/statistics.md).
    {
      label: '问责统计',
      href: '/statistics',
      description: '县纪委监委领导、案件审理人员：案件、问责人数、问责方式、申诉等统计，可导出 Excel'
    }
  ],
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss',
    short: 'YYYY-MM-DD'
  },

  // ---- original Camunda 7.24 config ----
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
