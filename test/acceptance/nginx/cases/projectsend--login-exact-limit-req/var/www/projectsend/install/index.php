<?php
// installer step stand-in: index.php
