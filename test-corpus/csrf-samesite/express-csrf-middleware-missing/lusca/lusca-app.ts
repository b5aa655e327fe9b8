// Vendor onboarding (Express) with lusca.
import express from "express";
import session from "express-session";
import lusca from "lusca";

const app = express();
// ok: lusca csrf is enabled below
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false, cookie: { secure: true } }));
app.use(lusca({ csrf: true, xframe: "SAMEORIGIN" }));

app.post("/vendors", createVendor);

export default app;
