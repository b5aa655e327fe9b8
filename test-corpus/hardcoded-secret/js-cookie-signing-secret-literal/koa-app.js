// Warehouse dashboard (Koa).
const Koa = require("koa");
const session = require("koa-session");
const Keygrip = require("keygrip");

const app = new Koa();
// expect: literal Koa signing keys
app.keys = ["warehouse-key-2021", "warehouse-key-2020"];
app.use(session(app));

const api = new Koa();
// ok: keys from the environment
api.keys = process.env.KOA_KEYS.split(",");

// expect: literal Keygrip keys
const grip = new Keygrip(["rotating-key-a"], "sha256");

const table = { keys: [] };
// ok: not a Koa application
table.keys = ["id", "sku"];

module.exports = { app, api, grip, table };
