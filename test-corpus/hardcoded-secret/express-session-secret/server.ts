import express from "express";
import session from "express-session";
import { SecretsClient } from "./secrets";

const app = express();
const secrets = new SecretsClient();
// expect: template literal without substitutions, through a constant used as fallback below
const fallback = `payroll-dev-key`;

app.use(
  session({
    // ok: the finding is reported at the constant above
    secret: process.env.SECRET ?? fallback,
    cookie: { secure: true },
  }),
);

app.use(session({
  // expect: array of literal secrets
  secret: ["old-rotated-key"] as unknown as string,
}));

app.use(session({
  // ok: secret manager
  secret: await secrets.get("session"),
}));

const notSession = buildCache({
  // ok: not a session middleware
  secret: "not-a-session-secret",
});

const sessionOptions: session.SessionOptions = {
  // expect: options object passed to session() below
  secret: "inventory-session-signing",
  resave: false,
  saveUninitialized: false,
};
app.use(session(sessionOptions));

const rotated: session.SessionOptions = {
  // ok: keys come from the environment, no fallback
  secret: [process.env.SESSION_SECRET_CURRENT!, process.env.SESSION_SECRET_PREVIOUS!],
};
app.use(session(rotated));

export default app;
