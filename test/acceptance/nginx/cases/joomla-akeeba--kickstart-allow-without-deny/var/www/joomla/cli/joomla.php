<?php
// stand-in for cli/joomla.php
