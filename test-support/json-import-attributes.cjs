// A Jest transform for two ES module packages that import JSON without an import attribute
// (@actions/workflow-parser and @actions/languageservice, which the YAML validation loads). Jest 30
// warns on each such import ("will be a hard error in the next major"); this adds the attribute
// Node requires, `with { type: "json" }`, and changes nothing else.
module.exports = {
  process(source) {
    return { code: source.replace(/(\bfrom\s+(["'])[^"']+\.json\2)\s*;/g, '$1 with { type: "json" };') };
  },
};
