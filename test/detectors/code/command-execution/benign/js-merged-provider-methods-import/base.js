module.exports = { isMultiBrowser: false };
