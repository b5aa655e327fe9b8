import express from "express";
import session from "express-session";

const app = express();
const fallback = `payroll-dev-key`;

app.use(
  session({
    // expect: template literal without substitutions, through a constant
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
