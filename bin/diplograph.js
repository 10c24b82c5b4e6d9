#!/usr/bin/env node
'use strict';
// Entry point of the `diplograph` command; the code is compiled to dist/ by `npm run build`
// (run automatically by `npm ci` through the `prepare` script).
require('reflect-metadata');
require('../dist/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`diplograph: ${err && err.message ? err.message : err}`); process.exitCode = 1; },
);
