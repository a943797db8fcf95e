console.log('node ' + process.version + ' ok for ' + process.argv[3]);
