// From a bundled CSP checker: script hosts known to allow JSONP or Angular gadgets (a list to warn about).
export const BYPASS_HOSTS = [
  '//dl.dropboxusercontent.com/u/30877786/angular.min.js',
  '//ajax.googleapis.com/ajax/libs/angularjs/1.0.8/angular.min.js',
];
