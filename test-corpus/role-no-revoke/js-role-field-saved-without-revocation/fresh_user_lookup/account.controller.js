const jwt = require("jsonwebtoken");
const Account = require("../models/account");

async function authenticate(req, res, next) {
  const decoded = jwt.verify(req.cookies.token, process.env.JWT_SECRET);
  req.user = await Account.findById(decoded.sub);
  next();
}

exports.changeRole = async (req, res) => {
  const account = await Account.findById(req.params.id);
  // ok: authenticate() reloads the account, so the new role applies at once
  account.role = req.body.role;
  await account.save();
  res.json(account);
};

exports.authenticate = authenticate;
