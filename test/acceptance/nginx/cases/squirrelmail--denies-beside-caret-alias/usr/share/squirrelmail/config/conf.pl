#!/usr/bin/env perl
# SquirrelMail configuration utility (squirrelmail-configure)
