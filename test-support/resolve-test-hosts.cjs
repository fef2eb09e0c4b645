// Preloaded into a process (node --require): host names under .test resolve to 127.0.0.1 here, as
// they do inside the local proxy, so a request can reach a *.test server directly or through the
// proxy, and the proxy's record shows which way it went.
const dns = require('node:dns');

const lookup = dns.lookup;
dns.lookup = function lookupTestHosts(hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  const opts =
    typeof options === 'function' ? {} : typeof options === 'number' ? { family: options } : options || {};
  if (typeof hostname === 'string' && hostname.endsWith('.test')) {
    if (opts.all) return process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]);
    return process.nextTick(cb, null, '127.0.0.1', 4);
  }
  return lookup.call(this, hostname, options, callback);
};
