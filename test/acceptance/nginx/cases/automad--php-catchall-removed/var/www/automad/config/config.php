<?php return <<< JSON
{
	"AM_CACHE_ENABLED": true,
	"AM_MAIL_TRANSPORT": "smtp",
	"AM_MAIL_SMTP_SERVER": "smtp.example.net",
	"AM_MAIL_SMTP_USERNAME": "automad@example.net",
	"AM_MAIL_SMTP_PASSWORD": "85d20ea1a3b82298576a8577922479fd",
	"AM_SESSION_COOKIE_SALT": "fc4ee527c911b9a3b5f9f3b8c0701d53"
}
JSON;
