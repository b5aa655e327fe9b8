const Session = require("../models/session");

async function expireStaffLogins(staffId) {
  await Session.deleteMany({ "session.staffId": staffId });
}

module.exports = { expireStaffLogins };
