;<?php http_response_code(403); /*
; config file for PrivateBin

[main]
name = "Example paste"
discussion = true
fileupload = true
sizelimit = 10485760
template = "bootstrap5"

[model]
class = Filesystem
[model_options]
dir = PATH "data"

[yourls]
signature = "f3c2a9d1e07b"
apiurl = "https://s.example.org/yourls-api.php"
