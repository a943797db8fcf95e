#!/usr/bin/env node
require("./index.js")(process.argv[2] || ".", process.argv[3]);
