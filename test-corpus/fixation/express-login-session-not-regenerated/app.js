const express = require("express");
const session = require("express-session");
const RedisStore = require("connect-redis").default;
const authRoutes = require("./auth.routes");

const app = express();
app.use(
  session({
    store: new RedisStore({ client: redisClient }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  })
);
app.use("/auth", authRoutes);
module.exports = app;
