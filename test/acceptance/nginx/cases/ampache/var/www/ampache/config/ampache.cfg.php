;###################################################
; General Config                                    #
;###################################################
config_version = 81
web_path = ""
database_hostname = "localhost"
database_name = "ampache"
database_username = "ampache"
database_password = "Jv7q-Rt2m-Xk9w"
secret_key = "c0ffee5ecretKey0123456789abcdef0"
session_cookiesecure = 1
log_path = "/var/log/ampache"
allow_upload = "true"
