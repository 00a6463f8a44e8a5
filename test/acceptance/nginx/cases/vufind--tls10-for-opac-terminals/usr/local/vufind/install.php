<?php
// Stand-in for the command-line installer (writes local/httpd-vufind.conf).
