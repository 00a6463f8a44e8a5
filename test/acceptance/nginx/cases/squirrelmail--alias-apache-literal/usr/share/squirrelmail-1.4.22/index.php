<?php
/* SquirrelMail 1.4.22 tarball */
