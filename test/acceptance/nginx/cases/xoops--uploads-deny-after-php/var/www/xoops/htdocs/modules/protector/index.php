<?php
// modules/protector/index.php (stand-in)
