const Staff = require("../models/staff");
const { expireStaffLogins } = require("./staff-sessions");

exports.changeRole = async (req, res) => {
  const member = await Staff.findById(req.params.id);
  // expect: role assigned and saved, sessions kept
  member.role = req.body.role;
  await member.save();
  res.json(member);
};

exports.grantPayrollAccess = async (req, res) => {
  const member = await Staff.findById(req.params.id);
  // expect: permission added and saved
  member.permissions.push("payroll:approve");
  await member.save();
  res.json(member);
};

exports.promote = async (req, res) => {
  const member = await Staff.findById(req.params.id);
  // ok: token version bumped with the change
  member.role = "manager";
  member.tokenVersion += 1;
  await member.save();
  res.json(member);
};

exports.demote = async (req, res) => {
  const member = await Staff.findById(req.params.id);
  // ok: another file expires the member's logins
  member.role = "staff";
  await member.save();
  await expireStaffLogins(member.id);
  res.json(member);
};

exports.register = async (req, res) => {
  const member = new Staff({ email: req.body.email });
  // ok: a new account has no sessions
  member.role = "staff";
  await member.save();
  res.status(201).json(member);
};

exports.profile = async (req, res) => {
  const member = await Staff.findById(req.params.id);
  const view = { name: member.name };
  // ok: a response object, never saved
  view.role = member.role;
  res.json(view);
};
