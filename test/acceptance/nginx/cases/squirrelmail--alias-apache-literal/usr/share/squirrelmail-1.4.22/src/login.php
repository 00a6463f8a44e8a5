<?php
/* SquirrelMail 1.4.22 (tarball, replaced by the Debian package) */
