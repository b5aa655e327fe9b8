// Benefits enrolment portal: form routes (CSRF is not checked anywhere in this project).
module.exports = function routes(app) {
  app.post("/login", login);
  app.post("/profile", ensureLoggedIn, updateProfile);
  app.get("/dashboard", ensureLoggedIn, dashboard);
};
