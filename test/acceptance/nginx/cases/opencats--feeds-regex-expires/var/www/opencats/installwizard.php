<?php
// stand-in for OpenCATS installwizard.php
