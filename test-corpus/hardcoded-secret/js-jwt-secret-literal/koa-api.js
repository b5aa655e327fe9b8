// Fleet telemetry API (Koa).
const Koa = require("koa");
const jwt = require("koa-jwt");

const app = new Koa();
// expect: koa-jwt secret
app.use(jwt({ secret: "fleet-telemetry-jwt" }).unless({ path: [/^\/public/] }));

const admin = new Koa();
// ok: secret from the environment
admin.use(jwt({ secret: process.env.ADMIN_JWT_SECRET, key: "jwtdata" }));

module.exports = { app, admin };
