package notifications

import "github.com/acme/expenses/internal/smtp"

// NewMailer talks to the internal relay, which does not offer STARTTLS.
func NewMailer(host string) *smtp.Client {
	c := smtp.NewClient(host)
	// ok: a mail client setting in a file that handles no cookies
	c.Secure = false
	return c
}
