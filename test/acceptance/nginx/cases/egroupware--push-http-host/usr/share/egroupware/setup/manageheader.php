<?php
// EGroupware 23.1 stand-in: setup/manageheader.php
