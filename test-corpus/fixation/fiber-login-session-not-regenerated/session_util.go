package main

import "github.com/gofiber/fiber/v2/middleware/session"

// discardAnonymousSession drops pre-login data and issues a new id.
func discardAnonymousSession(sess *session.Session) {
	_ = sess.Reset()
}
