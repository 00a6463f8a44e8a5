;<?php http_response_code(403); /*
; config file for PrivateBin
