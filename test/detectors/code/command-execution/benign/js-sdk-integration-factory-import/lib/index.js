const { additionalContext } = require('./context.js');

module.exports = { integrations: [additionalContext] };
