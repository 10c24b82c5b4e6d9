/**
 * A worker thread for the never-throws property test: it reads the TypeScript sources through
 * @swc/core (as the unit tests' transform does), extracts each text it is sent, and marks in a
 * shared counter which input it is on, so that the test's thread, whose event loop stays free,
 * can tell an input that never returns (an endless loop) from one that is slow.
 */
const fs = require('fs');
const { parentPort, workerData } = require('worker_threads');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const options = { filename, jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022' }, module: { type: 'commonjs' } };
  module._compile(transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
};
const { extract } = require(workerData.module);
const at = new Int32Array(workerData.progress);

parentPort.on('message', (inputs) => {
  const failures = [];
  inputs.forEach(({ text, date }, i) => {
    Atomics.store(at, 0, i + 1);
    try {
      const r = extract({ text, date });
      if (!Array.isArray(r.events)) failures.push(text);
    } catch (e) {
      failures.push(`${e.message} :: ${text}`);
    }
  });
  parentPort.postMessage(failures);
});
