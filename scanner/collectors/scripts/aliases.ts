/**
 * Our own alias table: npm, cdnjs and Google-hosted names → Retire.js component ids. Retire gives
 * an npm name for only a third of its libraries, and CDNs use yet other names (libraries.md §5).
 */
const ALIASES: Record<string, string> = {
  jquery: 'jquery',
  'jquery-ui': 'jquery-ui',
  jqueryui: 'jquery-ui',
  'jquery-migrate': 'jquery-migrate',
  'jquery-validation': 'jquery-validation',
  'jquery-validate': 'jquery-validation',
  'jquery-mobile': 'jquery-mobile',
  'jquery.mobile': 'jquery-mobile',
  'jquery.terminal': 'jquery.terminal',
  angular: 'angularjs',
  'angular.js': 'angularjs',
  angularjs: 'angularjs',
  '@angular/core': '@angular/core',
  bootstrap: 'bootstrap',
  'twitter-bootstrap': 'bootstrap',
  'bootstrap-select': 'bootstrap-select',
  lodash: 'lodash',
  'lodash.js': 'lodash',
  moment: 'moment.js',
  'moment.js': 'moment.js',
  handlebars: 'handlebars',
  'handlebars.js': 'handlebars',
  dompurify: 'DOMPurify',
  vue: 'vue',
  'vue.js': 'vue',
  underscore: 'underscore.js',
  'underscore.js': 'underscore.js',
  backbone: 'backbone.js',
  'backbone.js': 'backbone.js',
  mustache: 'mustache.js',
  'mustache.js': 'mustache.js',
  knockout: 'knockout',
  'knockout.js': 'knockout',
  ember: 'ember',
  'ember-source': 'ember',
  'ember.js': 'ember',
  dojo: 'dojo',
  react: 'react',
  'react-dom': 'react-dom',
  tinymce: 'tinyMCE',
  ckeditor: 'ckeditor',
  ckeditor4: 'ckeditor',
  axios: 'axios',
  'markdown-it': 'markdown-it',
  jszip: 'jszip',
  alasql: 'AlaSQL',
  datatables: 'jquery.datatables',
  'datatables.net': 'jquery.datatables',
  next: 'nextjs',
  'chart.js': 'chart.js',
  highcharts: 'highcharts',
  select2: 'select2',
  'ua-parser-js': 'ua-parser-js',
  mathjax: 'mathjax',
  'pdfjs-dist': 'pdf.js',
  'pdf.js': 'pdf.js',
  three: 'threejs',
  'three.js': 'threejs',
  'highlight.js': 'highlightjs',
  marked: 'marked',
  alpinejs: 'alpinejs',
  echarts: 'echarts',
  zrender: 'zrender',
  d3: 'd3',
  'video.js': 'video.js',
  quill: 'quill',
  swiper: 'swiper',
  mootools: 'mootools',
  protobufjs: 'protobufjs',
  svelte: 'svelte',
  prototype: 'prototypejs',
  'prototype.js': 'prototypejs',
  plupload: 'plupload',
  swfobject: 'swfobject',
}

/** Retire component id for a package or CDN library name, if we know it. */
export function libraryForName(
  name: string,
  npmIndex: ReadonlyMap<string, string>
): string | undefined {
  const key = name.toLowerCase()
  return ALIASES[key] ?? npmIndex.get(key)
}

/** Library id for a file stem as WordPress and others name them: "jquery.min" → jquery. */
export function libraryForStem(
  file: string,
  npmIndex: ReadonlyMap<string, string>
): string | undefined {
  const stem = file
    .toLowerCase()
    .replace(/\.js$/, '')
    .replace(/([.-](min|slim|bundle|umd|prod|production|core))+$/, '')
  return libraryForName(stem, npmIndex)
}
