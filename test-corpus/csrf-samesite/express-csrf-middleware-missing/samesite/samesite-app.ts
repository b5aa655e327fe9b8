// Travel booking (Express): the session cookie never leaves first-party requests.
import express from "express";
import session from "express-session";
import { bookings } from "./routes";

const app = express();
// ok: SameSite=strict keeps the session cookie off cross-site POSTs
app.use(
  session({
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: "strict" },
  }),
);

app.use(bookings);

export default app;
