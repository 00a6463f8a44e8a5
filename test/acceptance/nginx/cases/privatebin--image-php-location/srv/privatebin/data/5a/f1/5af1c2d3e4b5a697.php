<?php http_response_code(403); /*
{"adata":[],"ct":"c3VwZXIgc2VjcmV0","meta":{"expire_date":1767312000}}
