// Payroll admin routes: synchroniser-token CSRF check on each form post.
const express = require("express");
const { csrfSync } = require("csrf-sync");

const router = express.Router();
const { csrfSynchronisedProtection, generateToken } = csrfSync();

router.get("/run", (req, res) => res.render("run", { csrfToken: generateToken(req) }));
router.post("/run", csrfSynchronisedProtection, requireAdmin, runPayroll);

module.exports = router;
