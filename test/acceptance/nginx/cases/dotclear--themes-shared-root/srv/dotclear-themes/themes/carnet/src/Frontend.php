<?php
// themes/carnet/src/Frontend.php
