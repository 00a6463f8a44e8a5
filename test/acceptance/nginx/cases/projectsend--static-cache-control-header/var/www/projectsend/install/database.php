<?php
// installer step stand-in: database.php
