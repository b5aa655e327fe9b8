// Warehouse dashboard (Koa).
const Koa = require("koa");
const Router = require("@koa/router");
const session = require("koa-session");

const app = new Koa();
const router = new Router();
app.keys = process.env.KOA_KEYS.split(",");

router.post("/stock/adjust", adjustStock);
router.put("/stock/:sku", updateSku);

// expect: Koa session middleware without @koa/csrf
app.use(session(app));
app.use(router.routes());

module.exports = app;
