<?php
// stand-in for OpenCATS modules/install/ajax/maint.php
