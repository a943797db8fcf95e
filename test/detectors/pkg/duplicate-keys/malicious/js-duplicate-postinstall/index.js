module.exports = (n) => typeof n === 'number' && Number.isFinite(n);
