<?php
// installer step stand-in: install-success.php
