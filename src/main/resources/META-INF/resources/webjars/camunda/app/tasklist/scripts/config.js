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
    name: '问责案件 · 任务列表',
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
  // Camunda Forms with dynamic lists stay submittable (see pingnan/dynamiclist-validation.js)
  // form-js's own English words ("Select", "Add new", validation messages) in Chinese (pingnan/form-js-zh.js)
  // form dates as YYYY-MM-DD with a Chinese calendar, impossible dates refused (pingnan/form-js-dates.js)
  // the start dialog keeps its input on Esc and shows the new case number (pingnan/start-dialog.js)
  // the task search looks for case numbers; card times always Chinese (pingnan/tasklist-clerk.js)
  customScripts: [
    'pingnan/dynamiclist-validation',
    'pingnan/form-js-zh',
    'pingnan/form-js-dates',
    'pingnan/start-dialog',
    'pingnan/tasklist-clerk',
    'pingnan/county-names'
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
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
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
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
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
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到过滤器列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
