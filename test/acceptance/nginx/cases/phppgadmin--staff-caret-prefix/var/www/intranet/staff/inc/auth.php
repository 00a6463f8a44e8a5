<?php
// HR group check (REMOTE_USER from the SSO portal)
