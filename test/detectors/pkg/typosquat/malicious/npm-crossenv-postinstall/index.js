module.exports = (env) => Object.assign(process.env, env);
