<?php
// installer step stand-in: already-installed.php
