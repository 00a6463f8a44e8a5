<?php
// EGroupware 23.1 stand-in: api/ntlm/index.php
