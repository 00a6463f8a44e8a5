<?php
// pda.php (stand-in)
