"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MacUpdater = void 0;
const child_process_1 = require("child_process");
class MacUpdater {
    constructor() {
        this.isArm64 = false;
        try {
            const result = (0, child_process_1.execFileSync)("uname", ["-a"], { encoding: "utf8" });
            this.isArm64 = result.includes("ARM");
        }
        catch (e) {
            this.isArm64 = process.arch === "arm64";
        }
    }
}
exports.MacUpdater = MacUpdater;
