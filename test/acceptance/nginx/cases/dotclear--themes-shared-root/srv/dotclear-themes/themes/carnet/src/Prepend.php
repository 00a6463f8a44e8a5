<?php
// themes/carnet/src/Prepend.php
