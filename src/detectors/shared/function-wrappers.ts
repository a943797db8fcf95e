/**
 * JavaScript libraries that wrap a function and return it to be called later, never calling it themselves:
 * memoizers (`memoize`, `mem`, lodash's `memoize` and `once`), debouncers and throttlers, `util.promisify`.
 * Names as calls resolve them: a module's default export by the module's name, a member by `module.member`.
 */
export const JS_FUNCTION_WRAPPERS =
  /^(memoize|mem|memoizee|memoize-one|p-memoize|moize|micro-memoize|fast-memoize|once|onetime|debounce|throttle|p-debounce|p-throttle|just-debounce-it|lodash(-es)?\.(memoize|once|debounce|throttle)|lodash\.(memoize|once|debounce|throttle)|throttle-debounce\.(debounce|throttle)|util\.(promisify|callbackify|deprecate))(\.default)?$/;
