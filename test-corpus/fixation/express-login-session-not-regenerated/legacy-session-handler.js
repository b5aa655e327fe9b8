// Older constructor-function style controller of the benefits portal.
function SessionHandler(employeeDAO) {
  this.handleLoginRequest = (req, res) => {
    employeeDAO.validateLogin(req.body.userName, req.body.password, (err, employee) => {
      if (err) return res.render("login", { loginError: "Invalid credentials" });
      // expect: written in the login callback without regenerate
      req.session.employeeId = employee._id;
      return res.redirect("/benefits");
    });
  };

  this.handleSignup = (req, res) => {
    employeeDAO.addEmployee(req.body, (err, employee) => {
      req.session.regenerate(() => {
        req.session.employeeId = employee._id;
        res.redirect("/dashboard");
      });
    });
  };
}

function KioskHandler(employeeDAO) {
  this.handleBadgeSignup = (req, res) => {
    req.session.regenerate(() => res.redirect("/kiosk"));
  };

  this.handleKioskLogin = (req, res) => {
    employeeDAO.validateBadge(req.body.badge, (err, employee) => {
      // todo-expect: the regenerate of the sibling handler above counts, because the scope of preceded-by is the whole constructor function
      req.session.employeeId = employee._id;
      res.redirect("/kiosk");
    });
  };
}

module.exports = { SessionHandler, KioskHandler };
