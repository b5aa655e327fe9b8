package main

import (
	"github.com/gofiber/fiber/v2"
)

type AuthHandler struct {
	users *UserService
}

func (h *AuthHandler) Login(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	user, err := h.users.Authenticate(c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		// ok: flash message, not identity
		sess.Set("flash", "Invalid email or password")
		_ = sess.Save()
		return c.Redirect("/login")
	}
	// expect: the storage record of the pre-login id now holds the user
	sess.Set("user_id", user.ID)
	return sess.Save()
}

func (h *AuthHandler) WarehouseSignIn(c *fiber.Ctx) error {
	user, err := h.users.Authenticate(c.FormValue("email"), c.FormValue("password"))
	if err != nil {
		return fiber.ErrUnauthorized
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := renewSession(sess); err != nil {
		return err
	}
	// ok: renewSession (same file) calls Regenerate
	sess.Set("user_id", user.ID)
	return sess.Save()
}

func renewSession(sess interface{ Regenerate() error }) error {
	return sess.Regenerate()
}

func (h *AuthHandler) SSOCallback(c *fiber.Ctx) error {
	user, err := h.users.FromSSO(c.Query("code"))
	if err != nil {
		return fiber.ErrUnauthorized
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	discardAnonymousSession(sess)
	// ok: discardAnonymousSession (session_util.go) resets the session
	sess.Set("user_email", user.Email)
	return sess.Save()
}

func (h *AuthHandler) LoginHistory(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	// ok: a report, not a login
	sess.Set("history_user_id", c.Query("user"))
	_ = sess.Save()
	return c.JSON(h.users.History(c.Query("user")))
}
