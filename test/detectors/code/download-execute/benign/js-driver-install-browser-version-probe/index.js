module.exports = { binary: require('path').join(__dirname, '.cache', 'driver') };
