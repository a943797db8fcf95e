#!/usr/bin/env node
module.exports = (results) => results.length;
