"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
var MacUpdater_1 = require("./MacUpdater");
Object.defineProperty(exports, "MacUpdater", { enumerable: true, get: function () { return MacUpdater_1.MacUpdater; } });
let _autoUpdater;
function doLoadAutoUpdater() {
    _autoUpdater = new (require("./MacUpdater").MacUpdater)();
    return _autoUpdater;
}
// The updater is made the first time the application reads it.
Object.defineProperty(exports, "autoUpdater", {
    enumerable: true,
    get: function () {
        return _autoUpdater || doLoadAutoUpdater();
    },
});
