// Preloaded into the action (node --require) to record the order of what it does to files and to
// stdout, one line an event, in the file ACTION_TEST_TRACE names: open, write, fsync, rename,
// append, mkdir and unlink of paths, every ::add-mask:: line (without the value), each HTTP request
// sent (method and URL path) and each file of the bundle that the module loader loads. Tests then
// check the promises the code makes about order (fsync before rename, state before files, masks
// before exports, a lock before a read, the token request before the AWS SDK) on the real bundle.
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const file = process.env.ACTION_TEST_TRACE;
if (file) {
  // The trace file, written with the functions as they were: no event of its own is recorded, and
  // a wrapped function that calls another (appendFileSync calls writeFileSync) records once.
  const out = fs.openSync(file, 'a');
  const writeSync = fs.writeSync;
  const fds = new Map();
  let depth = 0;
  const record = (op, target) => writeSync(out, `${op} ${target}\n`);
  const wrap = (name, describe) => {
    const original = fs[name];
    fs[name] = function traced(...args) {
      depth++;
      try {
        const result = original.apply(this, args);
        if (depth === 1) describe(args, result);
        return result;
      } finally {
        depth--;
      }
    };
  };
  const pathOf = (fdOrPath) =>
    typeof fdOrPath === 'number' ? (fds.get(fdOrPath) ?? `fd:${fdOrPath}`) : String(fdOrPath);
  wrap('openSync', ([path], fd) => {
    fds.set(fd, String(path));
    record('open', path);
  });
  wrap('closeSync', ([fd]) => fds.delete(fd));
  wrap('writeFileSync', ([target]) => record('write', pathOf(target)));
  wrap('fsyncSync', ([fd]) => record('fsync', pathOf(fd)));
  wrap('renameSync', ([from, to]) => record('rename', `${from} -> ${to}`));
  wrap('appendFileSync', ([target]) => record('append', pathOf(target)));
  wrap('unlinkSync', ([target]) => record('unlink', pathOf(target)));
  wrap('mkdirSync', ([target]) => record('mkdir', target));
  const mkdir = fs.mkdir;
  fs.mkdir = function tracedMkdir(path, ...rest) {
    record('mkdir', path);
    return mkdir.call(this, path, ...rest);
  };
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    for (const line of String(chunk).split('\n')) if (line.startsWith('::add-mask::')) record('mask', '-');
    return write(chunk, ...rest);
  };
  for (const name of ['node:http', 'node:https']) {
    const mod = require(name);
    const request = mod.request;
    mod.request = function tracedRequest(url, ...rest) {
      const path =
        url instanceof URL ? url.pathname : typeof url === 'string' ? new URL(url).pathname : url.path;
      record('request', `${rest[0]?.method ?? 'GET'} ${path}`);
      return request.call(this, url, ...rest);
    };
  }
  // The loader's own hook: a module of the bundle is recorded when its source is loaded, before it
  // compiles.
  require('node:module').registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:')) record('load', url.slice('file://'.length));
      return nextLoad(url, context);
    },
  });
  syncBuiltinESMExports();
}
